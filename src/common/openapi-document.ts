import type { OpenAPIObject } from '@nestjs/swagger';
import { REQUEST_BODY_EXAMPLES } from './openapi-examples.js';
import { sortKeysDeep } from './sort-keys.js';

/**
 * Post-processing of the document @nestjs/swagger writes, so that the committed contract is
 * clean under `redocly lint` and generates exact types with openapi-typescript. Everything
 * here is generic: a DTO never needs a workaround of its own.
 */

/** Tag order and descriptions, as Swagger UI and the SDK docs show them. */
export const TAG_DESCRIPTIONS: ReadonlyArray<readonly [name: string, description: string]> = [
  ['providers', 'Colocation providers: the companies that operate facilities.'],
  ['facilities', 'Datacenter facilities with their power, network, climate, security, remote-hands, SLA and pricing data.'],
  ['carriers', 'Network carriers that can be present in facilities.'],
  ['compliance-reports', 'SOC 1/2/3, ISO 27001 and PCI DSS reports, provider-wide or scoped to facilities.'],
  ['profiles', 'Requirement profiles: category weights and hard requirements, with read-only presets.'],
  ['scoring', 'Explainable scorecards, rankings and comparisons of facilities against a profile.'],
  ['health', 'Liveness and database reachability.'],
  ['api-keys', 'API keys and their roles (admin only). Keys are stored hashed and shown once, when created.'],
  ['transfer', 'Whole-dataset export and import, for backups and moving data between servers (admin only).'],
  ['imports', 'Imports from outside sources: PeeringDB organisations, facilities and carriers (admin only).'],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const STRING_FORMATS = new Set(['date', 'date-time', 'uuid', 'uri', 'url', 'email', 'byte', 'binary', 'password']);
const SCHEMA_PREFIX = '#/components/schemas/';

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A property typed `string | null` (or `boolean | null`...) reflects as `Object`, so Nest writes
 * `type: object` with no properties. Recover the real scalar type from the format, string
 * constraints or the example; leave it alone (and let `findOpenApiProblems` report it) otherwise.
 */
function inferScalarType(schema: JsonObject): 'string' | 'boolean' | 'number' | undefined {
  if (typeof schema.format === 'string' && STRING_FORMATS.has(schema.format)) return 'string';
  if ('maxLength' in schema || 'minLength' in schema || 'pattern' in schema) return 'string';
  const example = schema.example;
  if (typeof example === 'string') return 'string';
  if (typeof example === 'boolean') return 'boolean';
  if (typeof example === 'number') return 'number';
  return undefined;
}

function isBareObject(schema: JsonObject): boolean {
  return (
    schema.type === 'object' &&
    !('properties' in schema) &&
    !('additionalProperties' in schema) &&
    !('allOf' in schema) &&
    !('oneOf' in schema) &&
    !('anyOf' in schema) &&
    !('$ref' in schema)
  );
}

function referencedSchema(document: JsonObject, ref: string): JsonObject | undefined {
  if (!ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const schemas = (document.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  const target = schemas?.[ref.slice(SCHEMA_PREFIX.length)];
  return isObject(target) ? target : undefined;
}

/** Rewrites one schema node in place; children are visited by the caller. */
function normalizeSchema(document: JsonObject, schema: JsonObject): void {
  // `$ref` siblings are ignored in OpenAPI 3.0 (a nullable ref would lose its null): wrap.
  if (typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
    const ref = schema.$ref;
    delete schema.$ref;
    schema.allOf = [{ $ref: ref }];
  }

  if (isBareObject(schema)) {
    const type = inferScalarType(schema);
    if (type) schema.type = type;
  }

  // `nullable` beside `oneOf`/`anyOf` (no `type`) is meaningless in 3.0: move it into the first
  // typed branch, so null matches exactly one branch and the TypeScript type keeps its `| null`.
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (schema.nullable !== true || schema.type !== undefined || !Array.isArray(branches)) continue;
    const typed = branches.find((branch): branch is JsonObject => isObject(branch) && typeof branch.type === 'string');
    if (!typed) continue;
    typed.nullable = true;
    delete schema.nullable;
  }

  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0]) && typeof allOf[0].$ref === 'string') {
    const ref = allOf[0].$ref;
    const siblings = Object.keys(schema).filter((key) => key !== 'allOf');
    if (siblings.length === 0) {
      // A lone `allOf: [$ref]` says nothing more than the `$ref` itself.
      delete schema.allOf;
      schema.$ref = ref;
    } else if (schema.nullable === true && schema.type === undefined) {
      // `nullable` only has meaning next to `type`; take it from the referenced schema.
      const targetType = referencedSchema(document, ref)?.type;
      if (typeof targetType === 'string') schema.type = targetType;
    }
  }
}

function visitSchemas(document: JsonObject, node: Json, inSchema: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) visitSchemas(document, item, inSchema);
    return;
  }
  if (!isObject(node)) return;
  if (inSchema) {
    normalizeSchema(document, node);
    if (Array.isArray(node.required)) node.required = [...(node.required as string[])].sort();
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'enum' || key === 'default') continue;
    if (inSchema) {
      if (key === 'properties' && isObject(child)) {
        for (const property of Object.values(child)) visitSchemas(document, property, true);
      } else {
        // items, allOf/oneOf/anyOf, not, additionalProperties: all schemas.
        visitSchemas(document, child, typeof child === 'object');
      }
    } else {
      visitSchemas(document, child, key === 'schema');
    }
  }
}

/** Each `components.schemas` entry is a schema; elsewhere a `schema` key starts one. */
function normalizeAllSchemas(document: JsonObject): void {
  const components = document.components;
  if (isObject(components) && isObject(components.schemas)) {
    for (const schema of Object.values(components.schemas)) {
      // Nest copies the description of the first property using a named enum onto the enum's
      // own schema ("UPS redundancy" on Redundancy); properties keep theirs, so drop it.
      if (isObject(schema) && Array.isArray(schema.enum)) delete schema.description;
      visitSchemas(document, schema, true);
    }
  }
  visitSchemas(document, document.paths, false);
}

function* operations(document: JsonObject): Generator<{ path: string; method: string; operation: JsonObject }> {
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) yield { path, method, operation };
    }
  }
}

function addRequestBodyExamples(document: JsonObject): void {
  for (const { operation } of operations(document)) {
    const examples = REQUEST_BODY_EXAMPLES[String(operation.operationId)];
    const content = isObject(operation.requestBody) ? operation.requestBody.content : undefined;
    const json = isObject(content) ? content['application/json'] : undefined;
    if (!examples || !isObject(json)) continue;
    json.examples = Object.fromEntries(
      Object.entries(examples).map(([name, { summary, value }]) => [name, { summary, value: value as Json }]),
    );
  }
}

function addTags(document: JsonObject): void {
  const used = new Set<string>();
  for (const { operation } of operations(document)) {
    for (const tag of Array.isArray(operation.tags) ? operation.tags : []) used.add(String(tag));
  }
  const known = TAG_DESCRIPTIONS.filter(([name], index) => used.has(name) && TAG_DESCRIPTIONS.findIndex(([other]) => other === name) === index).map(
    ([name, description]) => ({ name, description }),
  );
  // A tag without a description is still listed, so `redocly lint` (tag-description) names it.
  const unknown = [...used].filter((name) => !TAG_DESCRIPTIONS.some(([known]) => known === name)).sort();
  document.tags = [...known, ...unknown.map((name) => ({ name }))];
}

function dropEmpty(document: JsonObject): void {
  const info = document.info;
  if (isObject(info) && isObject(info.contact) && Object.keys(info.contact).length === 0) delete info.contact;
  for (const { operation } of operations(document)) {
    if (Array.isArray(operation.parameters) && operation.parameters.length === 0) delete operation.parameters;
  }
}

/** The document as committed: normalised schemas, tags, request examples, sorted keys. */
export function normalizeOpenApiDocument(raw: OpenAPIObject): OpenAPIObject {
  const document = structuredClone(raw) as unknown as JsonObject;
  normalizeAllSchemas(document);
  addRequestBodyExamples(document);
  addTags(document);
  dropEmpty(document);
  return sortKeysDeep(document) as unknown as OpenAPIObject;
}

/**
 * Problems that would make the contract or the generated SDK wrong but that `redocly lint`
 * cannot see. The generator refuses to write a document that has any.
 */
export function findOpenApiProblems(doc: OpenAPIObject): string[] {
  const document = doc as unknown as JsonObject;
  const problems: string[] = [];

  const walk = (node: Json, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    if (!isObject(node)) return;
    if (pointer.includes('/properties/') && isBareObject(node)) {
      problems.push(
        `${pointer}: schema is "type: object" with no properties, usually a \`T | null\` property whose type ` +
          'could not be reflected; give its @ApiProperty an explicit `type` (e.g. `type: String`).',
      );
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'example' && key !== 'examples') walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(document, '#');

  const operationIds = new Set<string>();
  for (const { path, method, operation } of operations(document)) {
    const id = operation.operationId;
    if (typeof id !== 'string') problems.push(`${method.toUpperCase()} ${path}: no operationId; set one with @ApiOperation.`);
    else operationIds.add(id);
  }
  for (const id of Object.keys(REQUEST_BODY_EXAMPLES)) {
    if (!operationIds.has(id)) problems.push(`src/common/openapi-examples.ts has examples for "${id}", which no operation has.`);
  }
  return problems;
}
