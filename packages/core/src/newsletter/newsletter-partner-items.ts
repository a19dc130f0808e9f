import type { PartnershipDecision } from '../organization-writes/partnership-decision.js';
import type { NewsletterItem } from './newsletter.js';

/** A recorded decision and the organisation's name in the language. */
export interface NamedDecision {
  decision: Pick<PartnershipDecision, 'id' | 'kind' | 'date' | 'decisionRef'>;
  name: string;
}

/**
 * The month's new and renewed partners: admissions and renewals whose decision date falls in
 * the month, as the Secretariat recorded them with their reference and evidence. Nothing else
 * calls an organisation new: not its founding, not a partnership year without a day.
 */
export function partnerNewsletterItems(decisions: readonly NamedDecision[], month: string): { 'new-partners': NewsletterItem[]; 'renewed-partners': NewsletterItem[] } {
  const inMonth = decisions
    .filter(({ decision }) => decision.date.slice(0, 7) === month)
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date) || a.name.localeCompare(b.name) || a.decision.id.localeCompare(b.decision.id));
  const item = ({ decision, name }: NamedDecision): NewsletterItem => ({ id: decision.id, title: name, detail: `${decision.decisionRef} (${decision.date})` });
  return {
    'new-partners': inMonth.filter(({ decision }) => decision.kind === 'admission').map(item),
    'renewed-partners': inMonth.filter(({ decision }) => decision.kind === 'renewal').map(item),
  };
}
