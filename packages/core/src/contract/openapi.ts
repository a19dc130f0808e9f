import * as z from 'zod/mini';
import { Health } from '../schemas/health.js';
import { LocalizedText } from '../schemas/localized-text.js';
import { Organization } from '../schemas/organization.js';
import { Problem } from '../schemas/problem.js';
import { OrganizationExport, OrganizationFacetCounts, OrganizationPage } from './organizations.js';
import { AuditEntry } from '../audit/audit-entry.js';
import { OrganizationRevision, OrganizationWriteResult } from '../organization-writes/organization-revision.js';
import { PartnershipDecision } from '../organization-writes/partnership-decision.js';
import { ForumEvent } from '../events/forum-event.js';
import { GoverningBodySession } from '../sessions/governing-body-session.js';
import { SessionPage } from './sessions.js';
import { EventPage } from './events.js';
import { operations, type Operation } from './operations.js';
import { programmeComponents } from './programme-components.js';
import { AuditPage, DecisionList, RevisionPage } from './organization-writes.js';

/** Named schemas published under components.schemas; anything else is inlined. */
const components = {
  LocalizedText,
  Organization,
  OrganizationPage,
  Problem,
  Health,
  ForumEvent,
  EventPage,
  OrganizationFacetCounts,
  OrganizationExport,
  GoverningBodySession,
  SessionPage,
  OrganizationRevision,
  OrganizationWriteResult,
  PartnershipDecision,
  AuditEntry,
  AuditPage,
  RevisionPage,
  DecisionList,
  ...programmeComponents,
};

/**
 * How a caller proves who it is. Programs send a personal token; Liaison's own pages use the
 * session cookie, and then every change also carries the session's CSRF token.
 */
const securitySchemes = {
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal token (`lia_…`): created with POST /v1/tokens or `npm run liaison -- tokens create`, shown once, revocable.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'liaison_session',
    description: "Liaison's own pages (sign in at /sign-in). Changes must also send the session's `X-CSRF-Token` header (from GET /v1/session).",
  },
};
const SIGNED_IN = [{ bearerToken: [] }, { sessionCookie: [] }];

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
  400: 'Invalid request: the `errors` list names each parameter or field, the reason and a stable `code`',
  401: 'No credential, or one that is unknown, expired or revoked',
  403: 'Signed in, but these roles may not do this to this record (or the CSRF token of a session is missing)',
  404: 'Not found (or not readable by this caller)',
  405: 'Method not allowed on this path (Allow lists the ones that are)',
  409: 'Conflicts with the record as it now stands (`currentVersion` and `current` say how)',
  412: 'If-Match names an older version: `currentVersion` and `current` carry the record as it now stands',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'This Idempotency-Key was already used with another body',
  428: 'If-Match is required',
  429: 'Too many requests: Retry-After and RateLimit-* say when to try again',
  503: 'Storage unavailable',
};

function refOrInline(schema: z.ZodMiniType): Record<string, unknown> {
  const id = Object.entries(components).find(([, candidate]) => candidate === schema)?.[0];
  return id ? { $ref: `#/components/schemas/${id}` } : (z.toJSONSchema(schema) as Record<string, unknown>);
}

function successResponses(op: Operation): Record<string, unknown> {
  const json = (schema: z.ZodMiniType) => ({ 'application/json': { schema: refOrInline(schema) } });
  const extra = Object.fromEntries(
    Object.entries(op.responses ?? {}).map(([status, { description, schema }]) => [status, { description, ...(schema ? { content: json(schema) } : {}) }])
  );
  if (op.method !== 'get') return { ...(op.response ? { 200: { description: 'OK', content: json(op.response) } } : {}), ...extra };
  return {
    200: {
      description: 'OK',
      headers: { ETag: { schema: { type: 'string' } } },
      content: op.response ? json(op.response) : { [op.produces ?? 'application/octet-stream']: { schema: { type: 'string' } } },
    },
    ...extra,
    304: { description: 'Not modified (the If-None-Match ETag still matches)' },
  };
}

function requestBody(op: Operation) {
  if (!op.requestBody) return {};
  const mediaType = op.requestBody.mediaType ?? 'application/json';
  return {
    requestBody: {
      required: true,
      ...(op.requestBody.description ? { description: op.requestBody.description } : {}),
      content: { [mediaType]: { schema: refOrInline(op.requestBody.schema) } },
    },
  };
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
    ...Object.entries(op.headers ?? {}).map(([name, header]) => ({
      name,
      in: 'header',
      required: header.required ?? false,
      description: header.description,
      schema: { type: 'string' },
    })),
  ];
  return {
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    // Public reads say so explicitly (no credential needed), writes name both schemes.
    security: op.security === 'signed-in' ? SIGNED_IN : [],
    parameters,
    ...requestBody(op),
    responses: {
      ...successResponses(op),
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
        "Data for the dialogue between UNESCO's NGO partners and its Member States. Errors are RFC 9457 problem+json; lists use opaque cursors; every GET answers If-None-Match.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    paths,
    components: { schemas, securitySchemes },
  };
}
