import type { Addressee } from '../inbox/addressee.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import type { WriteContext } from '../organization-writes/write-context.js';
import type { AudienceDirectory } from './consultation-audience-directory.js';
import { isAudiencePublic } from './consultation-rules.js';
import type { Consultation } from './consultation.js';

/** The addressees a consultation's audience reaches, with the reason each item carries. */
function audienceAddressees(consultation: Consultation, directory: AudienceDirectory): { addressees: Addressee[]; reason: string } {
  const { audience } = consultation;
  const organizations = (ids: readonly string[]): Addressee[] => [...new Set(ids)].map((organization) => ({ kind: 'organization', organization }));
  switch (audience.kind) {
    case 'all-partners':
      return { addressees: organizations(directory.partners), reason: 'consultation:all-partners' };
    case 'sector-experts':
      return { addressees: organizations(audience.frozen ?? []), reason: `sector:${audience.sector}` };
    case 'region':
      return { addressees: organizations(directory.partnersIn(audience.region)), reason: `region:${audience.region}` };
    case 'organizations':
      return { addressees: organizations(audience.organizations), reason: 'consultation:organizations' };
    case 'member-states':
      return { addressees: [...new Set(directory.memberStates)].map((country) => ({ kind: 'member-state', country })), reason: 'consultation:member-states' };
  }
}

/**
 * Who hears of a consultation in their inbox (and so by mail, through the inbox's notices): its
 * audience when it opens (`consultation.opened`) and when its results are published
 * (`consultation.results-published`) — the organisations it names, the sector's experts frozen
 * at opening, every partner, the partners headquartered in its region, or each Member State.
 * An audience named by a list or by expertise is private, so are its items; the others are public.
 */
export function deliveriesOfConsultation(
  consultation: Consultation,
  kind: 'consultation.opened' | 'consultation.results-published',
  directory: AudienceDirectory,
  context: WriteContext,
): InboxItem[] {
  const { addressees, reason } = audienceAddressees(consultation, directory);
  const isPublic = isAudiencePublic(consultation.audience);
  return addressees.map((addressee) => ({
    id: context.newId(),
    addressee,
    kind,
    subject: { type: 'consultation', id: consultation.id },
    title: consultation.title,
    at: context.now.toISOString(),
    public: isPublic,
    reasons: [reason],
  }));
}
