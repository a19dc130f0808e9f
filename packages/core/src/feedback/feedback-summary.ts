import type { Feedback, FeedbackSummaryRow } from './feedback.js';

/**
 * The sector's overview of feedback: one row per programme and country (null when none was
 * named), counted per state, with the newest feedback's instant. Rows by programme id, then
 * country code, the rows without a country last.
 */
export function summarizeFeedback(feedback: readonly Feedback[]): FeedbackSummaryRow[] {
  const rows = new Map<string, FeedbackSummaryRow>();
  for (const item of feedback) {
    const country = item.country ?? null;
    const key = `${item.programme}\u0000${country ?? ''}`;
    const row = rows.get(key) ?? rows.set(key, { programme: item.programme, country, total: 0, sent: 0, acknowledged: 0, answered: 0, latest: item.sentAt }).get(key)!;
    row.total += 1;
    row[item.state] += 1;
    if (item.sentAt > row.latest) row.latest = item.sentAt;
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].sort(
    (a, b) => compare(a.programme, b.programme) || (a.country === b.country ? 0 : a.country === null ? 1 : b.country === null ? -1 : compare(a.country, b.country))
  );
}
