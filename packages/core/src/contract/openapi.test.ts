import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi.js';
import { operations } from './operations.js';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument({ version: '1.2.3' });

  it('is OpenAPI 3.1 with every operation of the contract', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('1.2.3');
    for (const op of Object.values(operations)) expect(doc.paths[op.path]).toHaveProperty(op.method);
  });

  it('references named component schemas without per-schema $schema/$id', () => {
    const list = doc.paths['/v1/organizations']!.get as { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
    expect(list.responses['200']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/OrganizationPage' });
    expect(list.responses['400']!.content!['application/problem+json']!.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    for (const schema of Object.values(doc.components.schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      expect(schema).not.toHaveProperty('$id');
    }
  });

  it('requires en, and no other language, on LocalizedText', () => {
    expect(doc.components.schemas.LocalizedText).toMatchObject({ required: ['en'] });
  });
});
