import type { EventVocabulary } from './vocabulary.js';

/** English: UNESCO usage (Directives, NGO pages). */
export const EN_EVENT_VOCABULARY: EventVocabulary = {
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
  organizerRole: {
    secretariat: 'UNESCO Secretariat',
    'liaison-committee': 'NGO–UNESCO Liaison Committee',
    'executive-board': 'Executive Board of UNESCO',
    'host-ngo': 'Host NGO',
    'national-commission': 'National Commission for UNESCO ({country})',
  },
  participationRole: {
    'co-organizer': 'Co-organiser',
    host: 'Host country',
    panel: 'Panellist',
    observer: 'Observer',
  },
  phase: {
    preparation: 'Preparation',
    financing: 'Financing',
    conduct: 'Conduct',
    evaluation: 'Evaluation',
    'follow-up': 'Follow-up',
  },
  phaseStatus: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  output: {
    'final-report': 'Final report',
    recommendations: 'Recommendations',
    declaration: 'Declaration',
    resolution: 'Resolution',
    other: 'Document',
  },
  attendance: {
    'in-person': 'In person',
    online: 'Online',
    hybrid: 'Hybrid',
  },
  text: {
    theme: 'Theme',
    organizers: 'Organisers',
    registration: 'Registration',
    deadline: 'Deadline',
    languages: 'Languages',
    sources: 'Sources',
    calendarName: 'NGO–UNESCO dialogue: events',
    fictional: 'Fictional event (demo data)',
  },
};
