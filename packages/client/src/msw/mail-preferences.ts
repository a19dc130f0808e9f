import { http, HttpResponse, type RequestHandler } from 'msw';
import { DEFAULT_MAIL_PREFERENCES, decideSetMailPreferences, isRefusal, operations, type MailPreferences } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';
import { anonymousRefusal, jsonBody, principalOr, writeContext, type WriteDeps } from './write-adapter.js';

/** GET and PUT /v1/me/mail-preferences over core's decision, each person's kept in memory (as the server's mail_preferences). */
export function mailPreferenceHandlers(base: string, deps: WriteDeps, delay: number): RequestHandler[] {
  const saved = new Map<string, MailPreferences>();
  const of = (personId: string) => saved.get(personId) ?? { ...DEFAULT_MAIL_PREFERENCES };
  return [
    http.get(mswPattern(base, operations.getMailPreferences.path), ({ request }) =>
      guarded(delay, () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return anonymousRefusal(principal)!;
        return HttpResponse.json(of(principal.personId), { headers: { 'cache-control': 'private, no-store' } });
      })
    ),
    http.put(mswPattern(base, operations.setMailPreferences.path), ({ request }) =>
      guarded(delay, async () => {
        const principal = principalOr(request, deps);
        if (principal instanceof Response) return principal;
        if (principal.kind !== 'person') return anonymousRefusal(principal)!;
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const decided = decideSetMailPreferences(principal, body.value, of(principal.personId), writeContext(deps));
        if (isRefusal(decided)) return problemResponse(decided.problem);
        saved.set(decided.personId, decided.preferences);
        return HttpResponse.json(decided.preferences, { headers: { 'cache-control': 'no-store' } });
      })
    ),
  ];
}
