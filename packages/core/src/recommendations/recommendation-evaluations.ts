import type { Consultation } from '../consultations/consultation.js';
import { addresseeKey, type Addressee } from '../inbox/addressee.js';
import { recommendationTitle } from '../inbox/deliveries.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import type { WriteContext } from '../organization-writes/write-context.js';
import type { Recommendation, RecommendationEvaluation } from './recommendation.js';

/*
 * Paragraph 12 of the working-group paper: "after the event, participants answer its evaluation
 * and the results feed the follow-up of its recommendations". An evaluation is a consultation
 * attached to the event (its `eventId`). Nothing new is stored: a recommendation's evaluations are
 * the published evaluations of its event, read beside it; when an evaluation's results are
 * published, the addressees of the event's recommendations and the Liaison Committee are invited,
 * in their inbox, to record their follow-up in the light of the results.
 */

/** The evaluations of `event` whose results are published, oldest publication first. */
export function evaluationsOfEvent(event: string, consultations: readonly Consultation[]): RecommendationEvaluation[] {
  return consultations
    .filter((c): c is Consultation & { eventId: string; resultsPublishedAt: string } => c.eventId === event && c.resultsPublishedAt !== undefined)
    .map((c) => ({ consultationId: c.id, title: c.title, publishedAt: c.resultsPublishedAt }))
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || a.consultationId.localeCompare(b.consultationId));
}

/** The recommendation (as the reader sees it) with the published evaluations of its event. */
export function withEvaluations(recommendation: Recommendation, consultations: readonly Consultation[]): Recommendation {
  return { ...recommendation, evaluations: evaluationsOfEvent(recommendation.event, consultations) };
}

/**
 * When an evaluation's results are published: one item per recommendation of its event to each of
 * the recommendation's addressees and to the Liaison Committee, which tracks every recommendation
 * (`recommendation.evaluation-published`, about the recommendation, summary: the evaluation's
 * title). Public, as recommendations and published results are. None for a consultation that
 * evaluates no event, or whose results are not published.
 */
export function deliveriesOfEvaluation(consultation: Consultation, recommendations: readonly Recommendation[], context: WriteContext): InboxItem[] {
  if (!consultation.eventId || !consultation.resultsPublishedAt) return [];
  const items: InboxItem[] = [];
  for (const recommendation of recommendations) {
    if (recommendation.event !== consultation.eventId) continue;
    const addressees: Addressee[] = [...recommendation.addressees.map((a) => a.addressee), { kind: 'liaison-committee' }];
    const seen = new Set<string>();
    for (const addressee of addressees) {
      const key = addresseeKey(addressee);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        id: context.newId(),
        addressee,
        kind: 'recommendation.evaluation-published',
        subject: { type: 'recommendation', id: recommendation.id },
        title: recommendationTitle(recommendation),
        summary: consultation.title,
        at: context.now.toISOString(),
        public: true,
        reasons: [`event:${consultation.eventId}`, `consultation:${consultation.id}`],
      });
    }
  }
  return items;
}
