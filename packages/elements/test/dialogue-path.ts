import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import type { Recommendation, SubmittedAction } from '@ngo-liaison/core';
import { HOSTILE_NAME } from './fixtures.js';
import { worker } from './msw.js';
import { LANTERNFISH, WRITE_API } from './write-path.js';

/*
 * The inbox and the recommendation tracker against the client's msw handlers (core's rules in
 * memory): one person per role the workflows need, each with a bearer token. Fixtures, not secrets.
 */

export const DIALOGUE_PEOPLE = {
  editor: { token: 'dialogue-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: LANTERNFISH.id }] },
  sector: { token: 'dialogue-sector', displayName: 'Education Sector focal point', roles: [{ role: 'sector', sector: 'ED' }] },
  memberState: { token: 'dialogue-senegal', displayName: 'Delegation of Senegal', roles: [{ role: 'member-state', country: 'SN', via: 'delegation' }] },
  fieldOffice: { token: 'dialogue-dakar', displayName: 'UNESCO Office in Dakar', roles: [{ role: 'field-office', fieldOffice: 'dakar' }] },
  committee: { token: 'dialogue-committee', displayName: 'Liaison Committee', roles: [{ role: 'liaison-committee' }] },
} satisfies Record<string, MockPerson>;

export type DialogueRole = keyof typeof DIALOGUE_PEOPLE;

/** A recommendation's reference (at most 80 characters) no element may render as markup. */
export const HOSTILE_REFERENCE = 'R4 <script>window.__ngoPwned=true</script>"><img src=x onerror=alert(1)>';

/** Text no element may render as markup. */
export const HOSTILE_TEXT = `<script>window.__ngoPwned=true</script> "><img src=x onerror="window.__ngoPwned=true"> ${HOSTILE_NAME}`;

/** Serves the msw handlers with the people above. */
export function useDialogueHandlers(): void {
  worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(DIALOGUE_PEOPLE) }));
}

/** A client acting as `who` (a bearer token; retries off so failures show at once). */
export function dialogueClient(who: DialogueRole): LiaisonClient {
  return createClient({ baseUrl: WRITE_API, token: DIALOGUE_PEOPLE[who].token, retries: 0 });
}

/** The Lanternfish editor submits an action in Senegal (coastal literacy, ED) and the sector publishes it. */
export async function publishedAction(title: Record<string, string> = { en: `Reading circles ${HOSTILE_TEXT}`, fr: 'Cercles de lecture à Saint-Louis' }): Promise<SubmittedAction> {
  const submitted = await dialogueClient('editor').actions.submit({
    actor: { kind: 'organization', organization: LANTERNFISH.id },
    programme: 'demo-coastal-literacy-initiative',
    title,
    countries: ['SN'],
    period: { start: '2026-10-01', end: '2026-11-30' },
    outcomes: [{ en: 'Forty tutors trained' }],
  });
  return dialogueClient('sector').actionSubmissions.publish(submitted.action.id);
}

/**
 * The Liaison Committee records a recommendation of the 2018 ICNGO addressed to the Education
 * Sector and Senegal, and Senegal follows it up: received (public), under consideration (not
 * public), in progress (public, with a note).
 */
export async function followedUpRecommendation(): Promise<Recommendation> {
  const recorded = await dialogueClient('committee').recommendations.record({
    event: 'icngo-2018',
    reference: HOSTILE_REFERENCE,
    text: { en: `Give every coastal school a reading corner. ${HOSTILE_TEXT}`, fr: 'Doter chaque école côtière d’un coin lecture.' },
    themes: [],
    sectors: ['ED'],
    countries: ['SN'],
    addressees: [
      { kind: 'sector', sector: 'ED' },
      { kind: 'member-state', country: 'SN' },
    ],
  });
  const senegal = dialogueClient('memberState');
  const addressee = { kind: 'member-state', country: 'SN' } as const;
  await senegal.recommendations.followUp(recorded.id, { addressee, status: 'received', public: true });
  await senegal.recommendations.followUp(recorded.id, { addressee, status: 'under-consideration', note: { en: 'Internal review' }, public: false });
  return senegal.recommendations.followUp(recorded.id, { addressee, status: 'in-progress', note: { fr: `Budget voté ${HOSTILE_TEXT}` }, public: true });
}
