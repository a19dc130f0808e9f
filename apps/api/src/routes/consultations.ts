import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  LANGUAGES,
  aggregateResponses,
  audienceDirectory,
  buildPath,
  canSeeConsultation,
  decideCreateConsultation,
  decidePublishResults,
  deliveriesOfConsultation,
  deliveriesOfEvaluation,
  decideReadConsultation,
  decideRespond,
  forbiddenProblem,
  freeTextCsv,
  isRefusal,
  memberStatesOn,
  mayReadResults,
  notFoundProblem,
  operations,
  refuse,
  regionIndex,
  respondentsOf,
  utcDay,
  type Consultation,
  type AudienceDirectory,
  type Language,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';
import type { WriteRouteOptions } from './organization-writes.js';

/**
 * Collective consultations (paragraph 6): opened by the Secretariat or a sector, answered once
 * per respondent until closing, results live for the owner and public once published. The rules
 * are core's; each write commits the record and its audit entry in one transaction.
 */
export function consultationRoutes(app: Hono, storage: Storage, { now }: WriteRouteOptions): void {
  const regionOf = regionIndex(COUNTRIES);
  /**
   * The audiences as they stand at `at`: every stored organisation is a partner, in the UNESCO
   * region of its headquarters' country that day; the Member States of that day. Read before a
   * transaction (SQLite has one connection).
   */
  const audienceAt = async (at: Date): Promise<AudienceDirectory> => {
    const { index, versions } = await storage.organizations.snapshot();
    const organizations = [...versions.keys()].map((id) => index.get(id) ?? { id });
    const day = utcDay(at);
    return audienceDirectory(organizations, day, regionOf, memberStatesOn(COUNTRIES, day).map((country) => country.code));
  };

  const sectorExperts = async () => {
    const { records } = await storage.committee.designations.snapshot();
    return (sector: string) => records.filter((designation) => designation.sector === sector).map((designation) => designation.organization);
  };

  app.post(routePath(operations.createConsultation.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const at = now();
    const experts = await sectorExperts();
    const audience = await audienceAt(at);
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideCreateConsultation(write.person, write.body.value, { now: at, newId: randomUUID, sectorExperts: experts });
      if (isRefusal(decided)) return decided;
      await storage.consultations.insert(db, decided.consultation, at);
      // The invited hear of it in their inbox, and so by mail (the inbox's notices).
      await storage.inbox.deliver(db, deliveriesOfConsultation(decided.consultation, 'consultation.opened', audience, { now: at, newId: randomUUID }));
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.consultation, 201, { location: buildPath(operations.getConsultation.path, { id: outcome.consultation.id }) });
  });

  app.get(routePath(operations.listConsultations.path), async (c) => {
    const principal = principalOf(c);
    const { factsOf } = await audienceAt(now());
    const items = (await storage.consultations.all()).filter((consultation) => canSeeConsultation(principal, consultation, factsOf));
    c.header('cache-control', 'private, no-store');
    return c.json({ items });
  });

  app.get(routePath(operations.getConsultation.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const { factsOf } = await audienceAt(now());
    const decided = decideReadConsultation(principalOf(c), id, await storage.consultations.get(id), factsOf);
    if ('kind' in decided && isRefusal(decided)) return refusalResponse(c, decided);
    c.header('cache-control', 'private, no-store');
    return c.json(decided);
  });

  app.get(routePath(operations.getMyConsultationResponse.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous) return anonymous;
    const id = c.req.param('id') ?? '';
    const { factsOf } = await audienceAt(now());
    const consultation = decideReadConsultation(principal, id, await storage.consultations.get(id), factsOf);
    if ('kind' in consultation && isRefusal(consultation)) return refusalResponse(c, consultation);
    const wanted = c.req.query('organization');
    const respondents = respondentsOf(principal).filter((r) => wanted === undefined || (r.kind === 'organization' && r.organization === wanted));
    for (const respondent of respondents) {
      const response = await storage.consultations.response(id, respondent);
      if (response) {
        c.header('cache-control', 'private, no-store');
        return c.json(response);
      }
    }
    return refusalResponse(c, refuse(notFoundProblem(`No response of yours to consultation "${id}"`)));
  });

  app.put(routePath(operations.respondToConsultation.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const id = c.req.param('id') ?? '';
    const at = now();
    const { factsOf } = await audienceAt(at);
    const outcome = await commitWrite(storage, async (db) => {
      const consultation = await storage.consultations.get(id, db);
      const existing = new Map<string, Awaited<ReturnType<typeof storage.consultations.response>>>();
      for (const respondent of respondentsOf(write.person)) existing.set(JSON.stringify(respondent), await storage.consultations.response(id, respondent, db));
      const decided = decideRespond(write.person, id, consultation, write.body.value, {
        now: at,
        newId: randomUUID,
        factsOf,
        existing: (respondent) => existing.get(JSON.stringify(respondent)),
      });
      if (isRefusal(decided)) return decided;
      await storage.consultations.save(db, decided.response, existing.get(JSON.stringify(decided.response.respondent)) !== undefined);
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.response, 200);
  });

  /** The consultation when the caller may read its results, else the refusal's response. */
  const withResults = async (c: Context): Promise<Consultation | Response> => {
    const id = c.req.param('id') ?? '';
    const principal = principalOf(c);
    const { factsOf } = await audienceAt(now());
    const consultation = decideReadConsultation(principal, id, await storage.consultations.get(id), factsOf);
    if ('kind' in consultation && isRefusal(consultation)) return refusalResponse(c, consultation);
    if (!mayReadResults(principal, consultation as Consultation, now())) return refusalResponse(c, refuse(forbiddenProblem(`The results of consultation "${id}" are not published`)));
    return consultation as Consultation;
  };

  app.get(routePath(operations.getConsultationResults.path), async (c) => {
    const consultation = await withResults(c);
    if (consultation instanceof Response) return consultation;
    c.header('cache-control', 'private, no-store');
    return c.json(aggregateResponses(consultation, await storage.consultations.responses(consultation.id)));
  });

  app.get(routePath(operations.exportConsultationFreeText.path), async (c) => {
    const consultation = await withResults(c);
    if (consultation instanceof Response) return consultation;
    const lang = c.req.query('lang');
    const language: Language = (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : 'en';
    const csv = freeTextCsv(consultation, await storage.consultations.responses(consultation.id), language);
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'private, no-store', 'content-disposition': `attachment; filename="${consultation.id}-free-text.csv"` });
  });

  app.post(routePath(operations.publishConsultationResults.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const at = now();
    const audience = await audienceAt(at);
    // Read before the transaction: on SQLite it holds the one connection this read would wait for.
    const recommendations = (await storage.recommendations.all()).map((row) => row.recommendation);
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decidePublishResults(principalOf(c), id, await storage.consultations.get(id, db), { now: at, newId: randomUUID, factsOf: audience.factsOf });
      if (isRefusal(decided)) return decided;
      await storage.consultations.replace(db, decided.consultation);
      await storage.inbox.deliver(db, deliveriesOfConsultation(decided.consultation, 'consultation.results-published', audience, { now: at, newId: randomUUID }));
      // An evaluation's results feed the follow-up of its event's recommendations: their addressees and the Committee hear of them.
      await storage.inbox.deliver(db, deliveriesOfEvaluation(decided.consultation, recommendations, { now: at, newId: randomUUID }));
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.consultation, 200);
  });
}
