import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider, createReport } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Sends malformed input to every operation of the committed OpenAPI document and checks that
 * no answer is a 5xx and that the server is still healthy afterwards.
 */
type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  enum?: unknown[];
};
type Operation = {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const document = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

function deref(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return deref(document.components.schemas[schema.$ref.split('/').pop() as string]);
  if (schema.allOf?.length === 1) return deref(schema.allOf[0]);
  return schema;
}

const HUGE = 'x'.repeat(200_000);
const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) });

/** Values of the wrong kind, or of the right kind but absurd. */
function badValuesFor(schema: Schema): unknown[] {
  const resolved = deref(schema);
  const common: unknown[] = [null, true, [], {}, HUGE, -1, 1e308, -0, 'zzz-not-an-enum', { $ne: 1 }, deep(40)];
  switch (resolved.type) {
    case 'string':
      return [...common, 42, '', '00000000-0000-0000-0000-00000000000G', '../../etc/passwd', '\u0000', '2026-13-45', '😀'.repeat(1000)];
    case 'number':
    case 'integer':
      return [...common, '12', 'NaN', Number.MAX_SAFE_INTEGER + 2, -1e9, 0.5];
    case 'array':
      return [...common, 'a,b', [null], [HUGE], Array.from({ length: 20_000 }, (_, i) => i), [[[]]]];
    default:
      return common;
  }
}

/** Whole bodies that are broken before any field is looked at. */
const RAW_BODIES: Array<string | Buffer> = [
  '',
  'null',
  '[]',
  '"a string"',
  '42',
  '{',
  '{"name": }',
  '{"name":"a","name":"b"}',
  'NaN',
  '{"limit": NaN}',
  Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  JSON.stringify(deep(2_000)),
  JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
];

const QUERY_VALUES = ['', '-1', 'NaN', '1e309', '[]', '{"a":1}', 'zzz', HUGE.slice(0, 5000), '%00', 'true'];

describe('fuzzing every operation in openapi/openapi.json', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    const provider = await createProvider(t);
    const carrier = await createCarrier(t);
    const facility = await createFacility(t, provider.id, { network: { carrierIds: [carrier.id] } });
    const report = await createReport(t, provider.id);
    ids = { providers: provider.id, carriers: carrier.id, facilities: facility.id, 'compliance-reports': report.id, profiles: 'balanced' };
  });
  afterAll(() => t.destroy());

  it('never answers 5xx and stays up', async () => {
    const failures: string[] = [];
    let sent = 0;
    const send = async (method: string, url: string, body?: string | Buffer, contentType = 'application/json') => {
      let req = t.http[method as 'get'](url);
      if (body !== undefined) req = req.set('content-type', contentType).send(body as string);
      const res = await req;
      sent++;
      if (res.status >= 500) failures.push(`${method.toUpperCase()} ${url.slice(0, 120)} -> ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    };

    for (const [path, operations] of Object.entries(document.paths)) {
      const resource = path.split('/')[2];
      const validPath = path.replace('{id}', ids[resource] ?? ids.facilities);
      const badPaths = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', HUGE.slice(0, 3000), '%ff%fe', '..%2f..', 'balanced'].map(
        (id) => path.replace('{id}', id),
      );
      for (const [method, operation] of Object.entries(operations)) {
        if (path.includes('{id}')) for (const bad of badPaths) await send(method, bad);
        for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
          for (const value of QUERY_VALUES) await send(method, `${validPath}?${parameter.name}=${encodeURIComponent(value)}`);
          await send(method, `${validPath}?${parameter.name}=1&${parameter.name}=2`);
          await send(method, `${validPath}?${parameter.name}[a][b]=1`);
        }
        const schema = deref(operation.requestBody?.content['application/json']?.schema);
        if (!operation.requestBody) continue;
        for (const raw of RAW_BODIES) await send(method, validPath, raw);
        await send(method, validPath, 'name=x', 'application/x-www-form-urlencoded');
        await send(method, validPath, '<xml/>', 'application/xml');
        for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
          for (const value of badValuesFor(fieldSchema)) await send(method, validPath, JSON.stringify({ [field]: value }));
          for (const [nested, nestedSchema] of Object.entries(deref(fieldSchema).properties ?? {})) {
            for (const value of badValuesFor(nestedSchema)) await send(method, validPath, JSON.stringify({ [field]: { [nested]: value } }));
          }
        }
      }
    }
    console.log(`fuzz: sent ${sent} malformed requests to ${Object.keys(document.paths).length} paths`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    await t.http.get('/health').expect(200);
  }, 240_000);
});
