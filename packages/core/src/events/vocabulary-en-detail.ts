import type { EventDetailVocabulary } from './vocabulary.js';

/** English words only an event's detail and the feeds show: roles, phases, outputs, labels. */
export const EN_EVENT_DETAIL_VOCABULARY: EventDetailVocabulary = {
  organizerRole: {
    secretariat: 'UNESCO Secretariat',
    'liaison-committee': 'NGO–UNESCO Liaison Committee',
    'executive-board': 'Executive Board of UNESCO',
    'host-ngo': 'Host NGO',
    'national-commission': 'National Commission for UNESCO ({country})',
    'programme-sector': 'UNESCO {sector}',
    'field-office': '{office}',
    'ngp-committee': 'Committee on Non-Governmental Partners of the Executive Board',
    'icngo-chair': 'Chairperson of the International Conference of NGOs',
    'civil-society-unit': 'Unit for Civil Society Partnerships, UNESCO Secretariat',
  },
  participationRole: {
    'co-organizer': 'Co-organiser',
    host: 'Host country',
    panel: 'Panellist',
    observer: 'Observer',
  },
  participationChannel: {
    'permanent-delegation': 'through its Permanent Delegation to UNESCO',
    'national-commission': 'through its National Commission for UNESCO',
    'ngp-member': 'as a member of the Committee on Non-Governmental Partners',
  },
  sessionTitle: {
    'general-conference': '{n} session of the General Conference',
    'executive-board': '{n} session of the Executive Board',
    'ngp-committee': 'Committee on Non-Governmental Partners, {n} session of the Executive Board',
  },
  ordinal: {
    one: '{n}st',
    two: '{n}nd',
    few: '{n}rd',
    other: '{n}th',
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
    session: 'Part of',
    agendaItem: 'Agenda item {number}',
  },
};
