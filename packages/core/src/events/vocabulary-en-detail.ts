import type { EventDetailVocabulary } from './vocabulary.js';

/** English words only an event's detail and the feeds show: roles, phases, outputs, labels. */
export const EN_EVENT_DETAIL_VOCABULARY: EventDetailVocabulary = {
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
