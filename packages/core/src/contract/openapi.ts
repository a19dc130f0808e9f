import * as z from 'zod/mini';
import { Country } from '../schemas/country-record.js';
import { Health } from '../schemas/health.js';
import { LocalizedText } from '../schemas/localized-text.js';
import { Organization } from '../schemas/organization.js';
import { Problem } from '../schemas/problem.js';
import { Sector } from '../schemas/sector.js';
import { OrganizationExport, OrganizationFacetCounts, OrganizationPage } from './organizations.js';
import { Sdg } from '../schemas/sdg.js';
import { NationalCommission } from '../schemas/national-commission.js';
import { ForumEvent } from '../events/forum-event.js';
import { GoverningBodySession } from '../sessions/governing-body-session.js';
import { SessionPage } from './sessions.js';
import { EventPage } from './events.js';
import { operations, type Operation } from './operations.js';
import { programmeComponents } from './programme-components.js';

/** Named schemas published under components.schemas; anything else is inlined. */
const components = { LocalizedText, Sector, Country, Organization, OrganizationPage, Problem, Health, ForumEvent, EventPage, OrganizationFacetCounts, OrganizationExport, Sdg, NationalCommission, GoverningBodySession, SessionPage, ...programmeComponents };

function componentRegistry() {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  return registry;
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request: the `errors` list names each parameter and the reason',
  404: 'Not found',
  503: 'Storage unavailable',
};

function refOrInline(schema: z.ZodMiniType): Record<string, unknown> {
  const id = Object.entries(components).find(([, candidate]) => candidate === schema)?.[0];
  return id ? { $ref: `#/components/schemas/${id}` } : (z.toJSONSchema(schema) as Record<string, unknown>);
}

function operationObject(operationId: string, op: Operation) {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      schema: z.toJSONSchema(schema),
    })),
    ...Object.entries(op.query ?? {}).map(([name, param]) => ({
      name,
      in: 'query',
      required: false,
      description: param.description,
      schema: param.schema,
    })),
  ];
  return {
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    parameters,
    responses: {
      200: {
        description: 'OK',
        headers: { ETag: { schema: { type: 'string' } } },
        content: op.response
          ? { 'application/json': { schema: refOrInline(op.response) } }
          : { [op.produces ?? 'application/octet-stream']: { schema: { type: 'string' } } },
      },
      304: { description: 'Not modified (the If-None-Match ETag still matches)' },
      ...Object.fromEntries(op.errors.map((status) => [status, problemResponse(STATUS_TEXT[status] ?? 'Error')])),
    },
  };
}

/** The OpenAPI 3.1 document of the contract in `operations`. */
export function buildOpenApiDocument(info: { version: string; serverUrl?: string }) {
  const { schemas } = z.toJSONSchema(componentRegistry(), {
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  // Each schema comes back as a standalone document; inside components.schemas they must not carry $schema or $id.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, op] of Object.entries(operations) as [string, Operation][]) {
    (paths[op.path] ??= {})[op.method] = operationObject(operationId, op);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Liaison API',
      version: info.version,
      description:
        'Data for the dialogue between UNESCO\'s NGO partners and its Member States. Errors are RFC 9457 problem+json; lists use opaque cursors; every GET answers If-None-Match.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    paths,
    components: { schemas },
  };
}
