import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { PROBLEM_TYPES, notFoundProblem, problemOfError } from '@ngo-liaison/core';
import { authenticate } from './access/authenticate.js';
import { compression } from './http/compression.js';
import { corsPolicy } from './http/cors-policy.js';
import { NO_RATE_LIMITS, rateLimit, type RateLimits } from './http/rate-limit.js';
import { problemResponse } from './http/problem-response.js';
import { methodNotAllowed } from './http/method-not-allowed.js';
import { bodyEtags } from './http/conditional-get.js';
import { requestIds } from './http/request-id.js';
import { requestLog } from './http/request-log.js';
import { requestMetrics } from './http/request-metrics.js';
import { securityHeaders } from './http/security-headers.js';
import { staticFiles } from './http/static-files.js';
import { widgetRoutes } from './http/static-widgets.js';
import { metaRoutes } from './routes/meta.js';
import { metricsRoutes } from './routes/metrics.js';
import { organizationRoutes } from './routes/organizations.js';
import { exportRoutes } from './routes/exports.js';
import { referenceRoutes } from './routes/reference.js';
import { eventRoutes } from './routes/events.js';
import { programmeRoutes } from './routes/programmes.js';
import { matchingRoutes } from './routes/matching.js';
import { fieldOfficeRoutes } from './routes/field-offices.js';
import { focalPointRoutes } from './routes/focal-points.js';
import { actionRoutes } from './routes/actions.js';
import { actionSubmissionRoutes } from './routes/action-submissions.js';
import { inboxRoutes } from './routes/inbox.js';
import { feedbackRoutes } from './routes/feedback.js';
import { consultationRoutes } from './routes/consultations.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { newsletterRoutes } from './newsletter/newsletter-routes.js';
import { expertDesignationRoutes } from './routes/expert-designations.js';
import { liaisonCommitteeRoutes } from './routes/liaison-committee.js';
import { sessionRoutes } from './routes/sessions.js';
import { organizationWriteRoutes } from './routes/organization-writes.js';
import { revisionRoutes } from './routes/revisions.js';
import { partnershipDecisionRoutes } from './routes/partnership-decisions.js';
import { auditRoutes } from './routes/audit.js';
import { currentSessionRoutes } from './routes/current-session.js';
import { invitationRoutes } from './routes/invitations.js';
import { peopleRoutes } from './routes/people.js';
import { tokenRoutes } from './routes/tokens.js';
import { hearingRoutes } from './routes/hearings.js';
import { meetingRoutes } from './routes/meetings.js';
import { forumThemeRoutes } from './routes/forum-themes.js';
import type { Lifecycle } from './lifecycle.js';
import { createLogger, type Logger } from './observability/logger.js';
import { ApiMetrics } from './observability/metrics.js';
import { isStorageUnavailable } from './storage/storage-unavailable.js';
import type { Storage } from './storage/storage.js';
import { mailPreferencesRoutes } from './routes/mail-preferences.js';
import { mailAddressOf } from './mail/mail-transport.js';

export interface AppOptions {
  storage: Storage;
  version: string;
  /** Whether the process is draining (readiness reads it; default: never). */
  lifecycle?: Lifecycle;
  /** Folder of the elements' CDN bundle, served at /widgets/ and /widgets/{widgetsVersion}/ (absent: not served). */
  widgetsDir?: string;
  /** The elements package's version: the bundle is also served, immutable, at /widgets/{version}/. */
  widgetsVersion?: string;
  /** Folder of the demo partner page, served at / (absent: not served). */
  demoDir?: string;
  /** The clock; routes read "today" from it at the request edge and pass the day to core (default: the system clock). */
  now?: () => Date;
  /** Where request lines and errors are logged (default: nowhere — `npm start` passes one configured by LOG_LEVEL). */
  logger?: Logger;
  /** When set, /metrics answers only requests with `Authorization: Bearer <metricsToken>` (METRICS_TOKEN). */
  metricsToken?: string;
  /** Keep rendered search pages by ETag (default true; the search benchmark turns it off to measure both). */
  responseCache?: boolean;
  /** NODE_ENV=production: session cookies always Secure (default false). */
  production?: boolean;
  /** Where people open Liaison (PUBLIC_URL), for invitation links (default: the origin of the request). */
  publicUrl?: string;
  /**
   * LIAISON_SECRET: signs the links in mails (access/signed-link.ts). Every node of a deployment
   * needs the same one (default: a random secret for this app only, which is enough for one node in tests).
   */
  linkSecret?: string;
  /** Origins allowed to write across origins (CORS_WRITE_ORIGINS; default none). */
  corsWriteOrigins?: readonly string[];
  /** Requests a minute (default: none — `npm start` sets them from RATE_LIMIT_*). */
  rateLimits?: RateLimits;
  /** MAIL_FROM: the sender of mails, and so the ORGANIZER of meeting invitations (default "Liaison <liaison@localhost>"). */
  mailFrom?: string;
}

/** What a 503 for an unreachable database asks clients to wait: a restart or a failover takes seconds. */
const STORAGE_RETRY_AFTER_SECONDS = 5;

const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

export function createApp({
  storage,
  version,
  lifecycle = { draining: false },
  widgetsDir,
  widgetsVersion,
  demoDir,
  now = () => new Date(),
  logger = createLogger({ level: 'silent' }),
  metricsToken,
  responseCache = true,
  production = false,
  publicUrl,
  linkSecret = randomBytes(32).toString('base64url'),
  corsWriteOrigins = [],
  rateLimits = NO_RATE_LIMITS,
  mailFrom,
}: AppOptions): Hono {
  const app = new Hono();
  const metrics = new ApiMetrics(storage.changes);
  storage.organizations.onIndexUpdate(metrics.recordIndexUpdate);

  // Outermost: they time everything below and see the final status, the error handler's included.
  app.use('*', requestLog(logger));
  app.use('*', requestMetrics(metrics));
  app.use('*', securityHeaders());
  app.use('*', requestIds());
  app.use('/v1/*', corsPolicy({ writeOrigins: corsWriteOrigins, exposeHeaders: EXPOSED_HEADERS }));
  app.use('/v1/*', authenticate(storage, { now }));
  app.use('/v1/*', rateLimit(storage, rateLimits, now));
  app.use('/v1/*', bodyEtags());
  // Inside the ETag middleware: each encoding has its own tag and its own 304.
  app.use('/v1/*', compression());
  app.use('/v1/*', async (c, next) => {
    await next();
    // Revalidate every time: cheap with ETags, and edits show up at once.
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-cache');
  });

  metaRoutes(app, storage, version, lifecycle);
  metricsRoutes(app, metrics, metricsToken);
  organizationRoutes(app, storage, { responseCache });
  organizationWriteRoutes(app, storage, { now });
  revisionRoutes(app, storage, { now });
  partnershipDecisionRoutes(app, storage, { now });
  auditRoutes(app, storage);
  exportRoutes(app, storage);
  referenceRoutes(app, now);
  eventRoutes(app, storage);
  programmeRoutes(app, storage);
  matchingRoutes(app, storage);
  fieldOfficeRoutes(app, storage);
  focalPointRoutes(app, storage);
  actionRoutes(app, storage);
  actionSubmissionRoutes(app, storage, { now });
  inboxRoutes(app, storage, { publicUrl });
  feedbackRoutes(app, storage, { now });
  consultationRoutes(app, storage, { now });
  recommendationRoutes(app, storage, { now });
  expertDesignationRoutes(app, storage);
  liaisonCommitteeRoutes(app, storage);
  sessionRoutes(app, storage);
  const accountOptions = { production, now, ...(publicUrl ? { publicUrl } : {}) };
  currentSessionRoutes(app, storage, accountOptions);
  invitationRoutes(app, storage, accountOptions);
  tokenRoutes(app, storage, accountOptions);
  peopleRoutes(app, storage);
  hearingRoutes(app, storage, { now, publicUrl });
  mailPreferencesRoutes(app, storage, { now });
  newsletterRoutes(app, storage, { now, linkSecret, publicUrl });
  meetingRoutes(app, storage, { now, publicUrl, ...(mailFrom ? { organizerEmail: mailAddressOf(mailFrom) } : {}) });
  forumThemeRoutes(app, storage, { now });

  if (widgetsDir) app.route('/widgets', widgetRoutes({ dir: widgetsDir, ...(widgetsVersion ? { version: widgetsVersion } : {}) }));

  if (demoDir) {
    // The demo pages run under a strict CSP (no inline script or style): see http/security-headers.ts.
    app.get('/', staticFiles({ root: demoDir, path: 'index.html' }));
    // Liaison's own sign-in page: invitation links point here (the secret in the fragment).
    app.get('/sign-in', staticFiles({ root: demoDir, path: 'sign-in.html' }));
    app.use('/demo/*', staticFiles({ root: demoDir, rewriteRequestPath: (path) => path.replace(/^\/demo/, '') }));
  }

  app.notFound((c) => methodNotAllowed(c) ?? problemResponse(c, notFoundProblem(`No route for ${c.req.method} ${new URL(c.req.url).pathname}`)));

  app.onError((error, c) => {
    const requestProblem = problemOfError(error);
    if (requestProblem) return problemResponse(c, requestProblem);
    if (isStorageUnavailable(error)) {
      // What is served from memory keeps working; this request needed the database itself.
      c.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
      return problemResponse(c, {
        type: PROBLEM_TYPES.unavailable,
        title: 'Storage unavailable',
        status: 503,
        detail: `The database cannot be reached just now; try again in ${STORAGE_RETRY_AFTER_SECONDS} seconds (request id ${c.get('requestId')}).`,
      });
    }
    logger.error({ requestId: c.get('requestId'), method: c.req.method, path: new URL(c.req.url).pathname, err: error }, `Unhandled error: ${error.message}`);
    return problemResponse(c, {
      type: PROBLEM_TYPES.internal,
      title: 'Internal server error',
      status: 500,
      detail: `Something went wrong on our side; quote request id ${c.get('requestId')}.`,
    });
  });

  return app;
}
