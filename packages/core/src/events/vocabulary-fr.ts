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
  },
  participationRole: {
    'co-organizer': 'Coorganisateur',
    host: 'Pays hôte',
    panel: 'Panéliste',
    observer: 'Observateur',
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
