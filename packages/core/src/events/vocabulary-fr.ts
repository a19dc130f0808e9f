import type { EventVocabulary } from './vocabulary.js';

/** French: UNESCO usage (Directives, NGO pages). */
export const FR_EVENT_VOCABULARY: EventVocabulary = {
  kind: {
    icngo: 'Conférence internationale des ONG',
    'ngo-forum': 'Forum international des ONG',
    'ngp-session': 'Comité sur les partenaires non gouvernementaux',
    'thematic-debate': 'Débat thématique',
    'ngo-hearing': 'Audition des ONG',
    'collective-consultation': 'Consultation collective',
    'gc-ngo-space': 'Espace ONG de la Conférence générale',
    'natcom-meeting': 'Réunion avec les commissions nationales',
  },
  status: {
    planned: 'Prévu',
    confirmed: 'Confirmé',
    postponed: 'Reporté',
    cancelled: 'Annulé',
  },
  organizerRole: {
    secretariat: 'Secrétariat de l’UNESCO',
    'liaison-committee': 'Comité de liaison ONG-UNESCO',
    'executive-board': 'Conseil exécutif de l’UNESCO',
    'host-ngo': 'ONG hôte',
    'national-commission': 'Commission nationale pour l’UNESCO ({country})',
    'programme-sector': '{sector}',
    'field-office': 'Bureau de l’UNESCO ({office})',
    'ngp-committee': 'Comité sur les partenaires non gouvernementaux',
    'icngo-chair': 'Présidence de la Conférence internationale des ONG',
    'civil-society-unit': 'Unité des partenariats avec la société civile',
  },
  participationRole: {
    'co-organizer': 'Coorganisateur',
    host: 'Pays hôte',
    panel: 'Panéliste',
    observer: 'Observateur',
  },
  participationChannel: {
    'permanent-delegation': 'Délégation permanente',
    'national-commission': 'Commission nationale',
    'ngp-member': 'Membre du Comité sur les partenaires non gouvernementaux',
  },
  sessionTitle: {
    'general-conference': 'Conférence générale, {n}e session',
    'executive-board': 'Conseil exécutif, {n}e session',
    'ngp-committee': 'Comité sur les partenaires non gouvernementaux, {n}e session du Conseil exécutif',
  },
  phase: {
    preparation: 'Préparation',
    financing: 'Financement',
    conduct: 'Déroulement',
    evaluation: 'Évaluation',
    'follow-up': 'Suivi',
  },
  phaseStatus: {
    'not-started': 'Pas commencé',
    'in-progress': 'En cours',
    done: 'Terminé',
    cancelled: 'Annulé',
  },
  output: {
    'final-report': 'Rapport final',
    recommendations: 'Recommandations',
    declaration: 'Déclaration',
    resolution: 'Résolution',
    other: 'Document',
  },
  attendance: {
    'in-person': 'En présentiel',
    online: 'En ligne',
    hybrid: 'Hybride',
  },
  session: {
    partOf: 'Session',
    agendaItem: 'Point {number}',
  },
  text: {
    theme: 'Thème',
    organizers: 'Organisateurs',
    registration: 'Inscription',
    deadline: 'Date limite',
    languages: 'Langues',
    sources: 'Sources',
    calendarName: 'Dialogue ONG-UNESCO : événements',
    fictional: 'Événement fictif (données de démonstration)',
  },
};
