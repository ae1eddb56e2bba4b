import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/app.setup.js';
import { EXAMPLE_IDS } from '../../src/common/openapi-examples.js';
import { createDcscoreClient } from '../src/index.js';
import { type RunningServer, startServer } from './support.js';

/**
 * Every request-body example of the document is sent to the real server, and must pass its
 * validation: redocly checks the examples against the schemas, this checks them against the
 * class-validator rules behind the schemas (formats, ranges, references that must exist).
 */
interface Example {
  operationId: string;
  name: string;
  method: string;
  path: string;
  value: unknown;
}

let server: RunningServer;
const idMap = new Map<string, string>();

beforeAll(async () => {
  server = await startServer();
  const client = createDcscoreClient({ baseUrl: server.baseUrl, apiKey: server.adminKey });
  const provider = await client.providers.create({ name: 'Examples Provider' });
  idMap.set(EXAMPLE_IDS.provider, provider.id);
  for (const [index, exampleId] of EXAMPLE_IDS.carriers.entries()) {
    idMap.set(exampleId, (await client.carriers.create({ name: `Examples Carrier ${index}` })).id);
  }
  for (const [index, exampleId] of EXAMPLE_IDS.facilities.entries()) {
    const facility = await client.facilities.create({
      providerId: provider.id,
      name: `Examples Facility ${index}`,
      address: { country: 'US' },
    });
    idMap.set(exampleId, facility.id);
  }
});

afterAll(async () => {
  await server?.close();
});

function requestExamples(): Example[] {
  const document = buildOpenApiDocument(server.app) as unknown as {
    paths: Record<string, Record<string, { operationId: string; requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> } }>>;
  };
  const examples: Example[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const named = operation.requestBody?.content?.['application/json']?.examples ?? {};
      for (const [name, { value }] of Object.entries(named)) {
        examples.push({ operationId: operation.operationId, name, method: method.toUpperCase(), path, value });
      }
    }
  }
  // Creations first: the updates use what they created.
  return examples.sort((a, b) => Number(a.method !== 'POST') - Number(b.method !== 'POST'));
}

describe('request-body examples of the OpenAPI document', () => {
  it('are all accepted by the real server', async () => {
    const examples = requestExamples();
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const created = new Map<string, string>();
    const accepted = new Set<string>();
    const rejected: string[] = [];

    for (const example of examples) {
      let body = JSON.stringify(example.value);
      for (const [exampleId, realId] of idMap) body = body.replaceAll(exampleId, realId);
      const collection = example.path.replace(/\/\{id\}.*$/, '');
      const id = created.get(collection) ?? [...idMap.values()][0];
      const url = `${server.baseUrl}${example.path.replace('{id}', id ?? '')}`;

      const response = await fetch(url, {
        method: example.method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminKey}` },
        body,
      });
      const text = await response.text();
      if (response.ok) {
        accepted.add(example.operationId);
        const createdId = example.method === 'POST' ? (JSON.parse(text) as { id?: unknown }).id : undefined;
        if (typeof createdId === 'string' && !created.has(collection)) created.set(collection, createdId);
      } else if (response.status !== 409) {
        // 409 is a duplicate name between two examples of one operation: valid input.
        rejected.push(`${example.operationId} "${example.name}": ${response.status} ${text}`);
      }
    }

    expect(rejected).toEqual([]);
    expect([...accepted].sort()).toEqual([...new Set(examples.map((e) => e.operationId))].sort());
  });
});
