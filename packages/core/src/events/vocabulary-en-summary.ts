import type { EventSummaryVocabulary } from './vocabulary.js';

// English: UNESCO usage (Directives, NGO pages). In two files, so that a widget's first load
// carries only the words an event's summary shows (bundlers split code by file, not by export);
// the rest (vocabulary-en-detail.ts) loads with the detail view.

/** English words of an event's summary: type, status, attendance. */
export const EN_EVENT_SUMMARY_VOCABULARY: EventSummaryVocabulary = {
  kind: {
    icngo: 'International Conference of NGOs',
    'ngo-forum': 'International NGO Forum',
    'ngp-session': 'Committee on Non-Governmental Partners',
    'thematic-debate': 'Thematic debate',
    'ngo-hearing': 'NGO hearing',
    'collective-consultation': 'Collective consultation',
    'gc-ngo-space': 'NGO space at the General Conference',
    'natcom-meeting': 'Meeting with National Commissions',
  },
  status: {
    planned: 'Planned',
    confirmed: 'Confirmed',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
  attendance: {
    'in-person': 'In person',
    online: 'Online',
    hybrid: 'Hybrid',
  },
};
