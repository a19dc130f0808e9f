import type { EventDetailVocabulary } from './vocabulary.js';

/** English words only an event's detail and the feeds show: roles, phases, outputs, labels. */
export const EN_EVENT_DETAIL_VOCABULARY: EventDetailVocabulary = {
  organizerRole: {
    secretariat: 'UNESCO Secretariat',
    'liaison-committee': 'NGO–UNESCO Liaison Committee',
    'executive-board': 'Executive Board of UNESCO',
    'host-ngo': 'Host NGO',
    'national-commission': 'National Commission for UNESCO ({country})',
    'programme-sector': '{sector}',
    'field-office': 'UNESCO office ({office})',
    'ngp-committee': 'Committee on Non-Governmental Partners',
    'icngo-chair': 'Chair of the International Conference of NGOs',
    'civil-society-unit': 'Unit for Civil Society Partnerships',
  },
  participationRole: {
    'co-organizer': 'Co-organiser',
    host: 'Host country',
    panel: 'Panellist',
    observer: 'Observer',
  },
  participationChannel: {
    'permanent-delegation': 'Permanent Delegation',
    'national-commission': 'National Commission',
    'ngp-member': 'NGP Committee member',
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
