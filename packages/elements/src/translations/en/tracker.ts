import type { TrackerStrings } from '../../internal/translation.js';

/** English strings of <ngo-recommendation-tracker> (and the addressees' names <ngo-inbox> shows). */
export const enTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name} (Member State)',
  'addressee.organization': '{name} (organisation)',
  'addressee.liaison-committee': 'NGO–UNESCO Liaison Committee',
  'followUp.received': 'Received',
  'followUp.under-consideration': 'Under consideration',
  'followUp.in-progress': 'In progress',
  'followUp.implemented': 'Implemented',
  'followUp.not-retained': 'Not retained',
  'tracker.label': 'Recommendations and their follow-up',
  'tracker.untitled': 'Recommendation',
  'tracker.event': 'Event',
  'tracker.recorded': 'Recorded',
  'tracker.addressees': 'Addressees and their follow-up',
  'tracker.latest': 'Status: {status}',
  'tracker.noFollowUp': 'No public follow-up yet.',
  'tracker.timeline': 'Follow-up history',
  'tracker.empty': 'No recommendation matches.',
  'tracker.count': { one: '{count} recommendation', other: '{count} recommendations' },
  'tracker.evaluations': 'Evaluation results',
};
