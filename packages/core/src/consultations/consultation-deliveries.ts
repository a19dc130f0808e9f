import type { InboxItem } from '../inbox/inbox-item.js';
import type { WriteContext } from '../organization-writes/write-context.js';
import type { Consultation } from './consultation.js';

/**
 * Who hears of a consultation in their inbox (and so by mail, through the inbox's notices): the
 * organisations of its audience when it opens (`consultation.opened`) and when its results are
 * published (`consultation.results-published`). An audience named by a list or by expertise is
 * private, so are its items; all partners get a public item. `partners` is every partner's id
 * (the all-partners audience). A regional audience reaches nobody yet (organisations' regions are
 * not resolved); Member States' inboxes are not filled for now (see README, Not built yet).
 */
export function deliveriesOfConsultation(
  consultation: Consultation,
  kind: 'consultation.opened' | 'consultation.results-published',
  partners: readonly string[],
  context: WriteContext,
): InboxItem[] {
  const { audience } = consultation;
  const organizations =
    audience.kind === 'organizations' ? audience.organizations : audience.kind === 'sector-experts' ? (audience.frozen ?? []) : audience.kind === 'all-partners' ? partners : [];
  const reason = audience.kind === 'sector-experts' ? `sector:${audience.sector}` : `consultation:${audience.kind}`;
  return [...new Set(organizations)].map((organization) => ({
    id: context.newId(),
    addressee: { kind: 'organization', organization },
    kind,
    subject: { type: 'consultation', id: consultation.id },
    title: consultation.title,
    at: context.now.toISOString(),
    public: audience.kind === 'all-partners',
    reasons: [reason],
  }));
}
