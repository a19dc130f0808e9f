import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { worker } from './msw.js';

/*
 * The write path's elements against the client's msw handlers (core's write rules in memory):
 * one person per role the tests need, each with a bearer token. Fixtures, not secrets.
 */

export const WRITE_API = 'https://api.liaison.test/v1';
export const LANTERNFISH = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;

export const PEOPLE = {
  secretariat: { token: 'secretariat-token', displayName: 'Amina (Secretariat)', roles: [{ role: 'secretariat' }] },
  editor: { token: 'editor-token', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: LANTERNFISH.id }] },
  otherEditor: { token: 'other-editor-token', displayName: 'ICOM editor', roles: [{ role: 'ngo-editor', organization: 'icom' }] },
} satisfies Record<string, MockPerson>;

export type Who = keyof typeof PEOPLE;

/** Serves the msw handlers with these organisations (default: the sample data) and the people above. */
export function useWriteHandlers(organizations?: readonly Organization[]): void {
  worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(PEOPLE), ...(organizations ? { organizations } : {}) }));
}

/** A client acting as `who` (a bearer token; retries off so failures show at once). */
export function clientAs(who: Who): LiaisonClient {
  return createClient({ baseUrl: WRITE_API, token: PEOPLE[who].token, retries: 0 });
}

/** The writes the page sent, as "METHOD path If-Match body" lines (msw's request events; removed by `worker.events.removeAllListeners()`). */
export function recordWrites(): string[] {
  const sent: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return;
    const line = `${request.method} ${new URL(request.url).pathname.replace('/v1', '')} ${request.headers.get('if-match') ?? '-'}`;
    const index = sent.push(line) - 1;
    void request.clone().text().then((body) => (sent[index] = `${line} ${body}`));
  });
  return sent;
}
