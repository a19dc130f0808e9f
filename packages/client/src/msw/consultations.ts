import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  PATHS,
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
  mayReadResults,
  memberStatesOn,
  notFoundProblem,
  operations,
  regionIndex,
  respondentKey,
  respondentsOf,
  sampleConsultation,
  utcDay,
  type Consultation,
  type ConsultationResponse,
  type FactsOf,
  type Language,
} from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { guarded } from './guard.js';
import { mswPattern } from './responses.js';
import { principalOr, refusal, signedInWrite, writeContext, type WorkflowDeps } from './write-adapter.js';

/** Consultations in memory, decided by core's consultation rules as the API decides them (seeded with core's fictional sample). */
export function consultationHandlers(base: string, deps: WorkflowDeps, delay: number): RequestHandler[] {
  const sample = sampleConsultation(deps.now());
  // In the shared store: the recommendation handlers read an event's published evaluations there.
  const consultations = deps.store.consultations;
  consultations.set(sample.id, sample);
  const responses = new Map<string, ConsultationResponse>();
  const regionOf = regionIndex(COUNTRIES);
  /** The audiences as the API resolves them: partners in their headquarters' region, the day's Member States. */
  const audience = () => {
    const day = utcDay(deps.now());
    const organizations = [...deps.store.organizations.values()].map((entry) => entry.organization);
    return audienceDirectory(organizations, day, regionOf, memberStatesOn(COUNTRIES, day).map((country) => country.code));
  };
  const factsOf: FactsOf = (organization) => audience().factsOf(organization);
  const responsesOf = (id: string) => [...responses.values()].filter((response) => response.consultation === id);
  const idOf = (params: Record<string, unknown>) => String(params.id ?? '');

  /** The consultation when the caller may read its results, else the refusal. */
  const withResults = (request: Request, id: string): Consultation | Response => {
    const principal = principalOr(request, deps);
    if (principal instanceof Response) return principal;
    const read = decideReadConsultation(principal, id, consultations.get(id), factsOf);
    if ('kind' in read && isRefusal(read)) return refusal(read.problem);
    const consultation = read as Consultation;
    if (!mayReadResults(principal, consultation, deps.now())) return refusal(forbiddenProblem(`The results of consultation "${id}" are not published`));
    return consultation;
  };

  return [
    http.post(mswPattern(base, operations.createConsultation.path), ({ request }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        // The mock holds no expert designations: a sector-experts audience freezes empty.
        const experts = () => [];
        const outcome = decideCreateConsultation(write.principal, write.body.value, { ...writeContext(deps), sectorExperts: experts });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        consultations.set(outcome.consultation.id, outcome.consultation);
        // As the server: the invited organisations hear of it in their inbox.
        deps.store.deliver(deliveriesOfConsultation(outcome.consultation, 'consultation.opened', audience(), writeContext(deps)));
        deps.store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.consultation, { status: 201, headers: { location: buildPath(PATHS.getConsultation, { id: outcome.consultation.id }) } });
      }),
    ),
    http.get(mswPattern(base, operations.listConsultations.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const items = [...consultations.values()].filter((consultation) => canSeeConsultation(principal, consultation, factsOf)).sort((a, b) => b.opensAt.localeCompare(a.opensAt));
        return HttpResponse.json({ items });
      }),
    ),
    http.get(mswPattern(base, operations.getConsultation.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = idOf(params);
        const read = decideReadConsultation(principal, id, consultations.get(id), factsOf);
        return 'kind' in read && isRefusal(read) ? refusal(read.problem) : HttpResponse.json(read);
      }),
    ),
    http.get(mswPattern(base, operations.getMyConsultationResponse.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = idOf(params);
        const wanted = new URL(request.url).searchParams.get('organization');
        const mine = respondentsOf(principal)
          .filter((r) => wanted === null || (r.kind === 'organization' && r.organization === wanted))
          .map((r) => responses.get(`${id}|${respondentKey(r)}`))
          .find((response) => response !== undefined);
        return mine ? HttpResponse.json(mine) : refusal(notFoundProblem(`No response of yours to consultation "${id}"`));
      }),
    ),
    http.put(mswPattern(base, operations.respondToConsultation.path), ({ request, params }) =>
      guarded(delay, async () => {
        const write = await signedInWrite(request, deps);
        if (write instanceof Response) return write;
        const id = idOf(params);
        const outcome = decideRespond(write.principal, id, consultations.get(id), write.body.value, {
          ...writeContext(deps),
          factsOf,
          existing: (respondent) => responses.get(`${id}|${respondentKey(respondent)}`),
        });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        responses.set(`${id}|${respondentKey(outcome.response.respondent)}`, outcome.response);
        deps.store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.response);
      }),
    ),
    http.get(mswPattern(base, operations.getConsultationResults.path), ({ request, params }) =>
      guarded(delay, () => {
        const consultation = withResults(request, idOf(params));
        return consultation instanceof Response ? consultation : HttpResponse.json(aggregateResponses(consultation, responsesOf(consultation.id)));
      }),
    ),
    http.post(mswPattern(base, operations.publishConsultationResults.path), ({ request, params }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        const id = idOf(params);
        const outcome = decidePublishResults(principal, id, consultations.get(id), { ...writeContext(deps), factsOf });
        if (isRefusal(outcome)) return refusal(outcome.problem);
        consultations.set(id, outcome.consultation);
        deps.store.deliver(deliveriesOfConsultation(outcome.consultation, 'consultation.results-published', audience(), writeContext(deps)));
        deps.store.deliver(deliveriesOfEvaluation(outcome.consultation, [...deps.store.recommendations.values()], writeContext(deps)));
        deps.store.audit.push(outcome.audit);
        return HttpResponse.json(outcome.consultation);
      }),
    ),
    http.get(mswPattern(base, operations.exportConsultationFreeText.path), ({ request, params }) =>
      guarded(delay, () => {
        const consultation = withResults(request, idOf(params));
        if (consultation instanceof Response) return consultation;
        const lang = (new URL(request.url).searchParams.get('lang') ?? 'en') as Language;
        return new HttpResponse(freeTextCsv(consultation, responsesOf(consultation.id), lang), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
      }),
    ),
  ];
}
