import type { OpenAPIObject } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { findOpenApiProblems, normalizeOpenApiDocument } from '../../src/common/openapi-document.js';

/**
 * The generic post-processing of the document @nestjs/swagger writes (the committed contract
 * and the SDK's types depend on it). The SDK's own specs cover the result end to end.
 */
function documentWith(schemas: Record<string, unknown>, paths: Record<string, unknown> = {}): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1', contact: {} }, paths, components: { schemas } } as OpenAPIObject;
}

const schemasOf = (document: OpenAPIObject) => document.components!.schemas as Record<string, any>;

describe('normalizeOpenApiDocument', () => {
  it('recovers the scalar type of `T | null` properties reflected as bare objects', () => {
    const out = normalizeOpenApiDocument(
      documentWith({
        Dto: {
          type: 'object',
          properties: {
            website: { type: 'object', nullable: true, example: 'https://x.example' },
            issuedAt: { type: 'object', nullable: true, format: 'date' },
            ndaRequired: { type: 'object', nullable: true, example: true },
            notes: { type: 'object', nullable: true, maxLength: 10 },
            unknown: { type: 'object', nullable: true },
          },
        },
      }),
    );
    const properties = schemasOf(out).Dto.properties;
    expect(properties.website.type).toBe('string');
    expect(properties.issuedAt.type).toBe('string');
    expect(properties.ndaRequired.type).toBe('boolean');
    expect(properties.notes.type).toBe('string');
    expect(properties.unknown.type).toBe('object');
    const problems = findOpenApiProblems(out).filter((problem) => problem.startsWith('#/'));
    expect(problems).toEqual([expect.stringContaining('#/components/schemas/Dto/properties/unknown')]);
  });

  it('wraps `$ref` with siblings in allOf, types nullable refs, and unwraps lone allOf', () => {
    const out = normalizeOpenApiDocument(
      documentWith({
        Color: { type: 'string', enum: ['red', 'blue'], description: 'copied from a property' },
        Dto: {
          type: 'object',
          required: ['b', 'a'],
          properties: {
            siblings: { $ref: '#/components/schemas/Color', description: 'kept' },
            nullable: { allOf: [{ $ref: '#/components/schemas/Color' }], nullable: true },
            lone: { allOf: [{ $ref: '#/components/schemas/Color' }] },
            either: { nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }] },
          },
        },
      }),
    );
    const { Color, Dto } = schemasOf(out);
    expect(Color.description).toBeUndefined();
    expect(Dto.required).toEqual(['a', 'b']);
    expect(Dto.properties.siblings).toEqual({ allOf: [{ $ref: '#/components/schemas/Color' }], description: 'kept' });
    expect(Dto.properties.nullable).toEqual({ allOf: [{ $ref: '#/components/schemas/Color' }], nullable: true, type: 'string' });
    expect(Dto.properties.lone).toEqual({ $ref: '#/components/schemas/Color' });
    expect(Dto.properties.either).toEqual({ oneOf: [{ nullable: true, type: 'string' }, { type: 'number' }] });
  });

  it('lists used tags with their descriptions, sorts keys, and drops empty leftovers', () => {
    const out = normalizeOpenApiDocument(
      documentWith(
        {},
        {
          '/health': { get: { operationId: 'getHealth', tags: ['health'], parameters: [], responses: {} } },
          '/v1/things': { get: { operationId: 'listThings', tags: ['things'], responses: {} } },
        },
      ),
    );
    expect(out.tags).toEqual([{ name: 'health', description: expect.any(String) }, { name: 'things' }]);
    expect(out.info.contact).toBeUndefined();
    expect(out.paths['/health']!.get!.parameters).toBeUndefined();
    expect(Object.keys(out)).toEqual([...Object.keys(out)].sort());
  });
});
