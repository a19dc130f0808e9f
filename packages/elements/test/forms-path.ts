import { createClient, type LiaisonClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import { DIALOGUE_PEOPLE } from './dialogue-path.js';
import { worker } from './msw.js';
import { LANTERNFISH, WRITE_API } from './write-path.js';

/*
 * <ngo-action-submit> and <ngo-programme-feedback> against the client's msw handlers (core's
 * rules in memory): the dialogue's people (the Lanternfish editor, the Education Sector, the
 * Dakar office…) plus another sector and another field office, for the refusals. Fixtures, not secrets.
 */

/** A programme of the Education Sector in Senegal, Ghana, Nigeria and Côte d'Ivoire (Dakar covers Senegal). */
export const PROGRAMME = 'demo-coastal-literacy-initiative';
export { LANTERNFISH };

export const FORM_PEOPLE = {
  ...DIALOGUE_PEOPLE,
  otherSector: { token: 'forms-sector-clt', displayName: 'Culture Sector focal point', roles: [{ role: 'sector', sector: 'CLT' }] },
  nairobi: { token: 'forms-nairobi', displayName: 'UNESCO Office in Nairobi', roles: [{ role: 'field-office', fieldOffice: 'nairobi' }] },
} satisfies Record<string, MockPerson>;

export type FormWho = keyof typeof FORM_PEOPLE;

/** Serves the msw handlers on the sample data with the people above. */
export function useFormHandlers(): void {
  worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(FORM_PEOPLE) }));
}

/** A client acting as `who` (a bearer token; retries off so failures show at once). */
export function formClientAs(who: FormWho): LiaisonClient {
  return createClient({ baseUrl: WRITE_API, token: FORM_PEOPLE[who].token, retries: 0 });
}
