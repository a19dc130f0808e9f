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

  it('declares security on every operation: none for public reads, the bearer token or session cookie for the rest', () => {
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearerToken', 'sessionCookie']);
    for (const [id, op] of Object.entries(operations)) {
      const object = doc.paths[op.path]![op.method] as { security: unknown[]; requestBody?: unknown; responses: Record<string, unknown> };
      const signedIn = 'security' in op && op.security === 'signed-in';
      expect(object.security, id).toEqual(signedIn ? [{ bearerToken: [] }, { sessionCookie: [] }] : []);
      if (signedIn) expect(Object.keys(object.responses), id).toContain('401');
      if ('requestBody' in op) expect(object.requestBody, id).toMatchObject({ required: true });
    }
  });

  it('gives an update its merge-patch body, If-Match header and conflict responses', () => {
    const patch = doc.paths['/v1/organizations/{id}']!.patch as { parameters: { name: string; in: string; required: boolean }[]; requestBody: { content: object }; responses: object };
    expect(patch.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));
    expect(Object.keys(patch.requestBody.content)).toEqual(['application/merge-patch+json']);
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '202', '412', '428']));
  });
});
