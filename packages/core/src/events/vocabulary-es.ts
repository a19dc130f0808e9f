import type { EventVocabulary } from './vocabulary.js';

/** Spanish: our translation, to be checked by UNESCO's language services. */
export const ES_EVENT_VOCABULARY: EventVocabulary = {
  kind: {
    icngo: 'Conferencia Internacional de ONG',
    'ngo-forum': 'Foro Internacional de ONG',
    'ngp-session': 'Comité de Asociados No Gubernamentales',
    'thematic-debate': 'Debate temático',
    'ngo-hearing': 'Audiencia de ONG',
    'collective-consultation': 'Consulta colectiva',
    'gc-ngo-space': 'Espacio de ONG de la Conferencia General',
    'natcom-meeting': 'Reunión con las Comisiones Nacionales',
  },
  status: {
    planned: 'Previsto',
    confirmed: 'Confirmado',
    postponed: 'Aplazado',
    cancelled: 'Cancelado',
  },
  organizerRole: {
    secretariat: 'Secretaría de la UNESCO',
    'liaison-committee': 'Comité de Enlace ONG-UNESCO',
    'executive-board': 'Consejo Ejecutivo de la UNESCO',
    'host-ngo': 'ONG anfitriona',
    'national-commission': 'Comisión Nacional para la UNESCO ({country})',
  },
  participationRole: {
    'co-organizer': 'Coorganizador',
    host: 'País anfitrión',
    panel: 'Panelista',
    observer: 'Observador',
  },
  phase: {
    preparation: 'Preparación',
    financing: 'Financiación',
    conduct: 'Realización',
    evaluation: 'Evaluación',
    'follow-up': 'Seguimiento',
  },
  phaseStatus: {
    'not-started': 'Sin comenzar',
    'in-progress': 'En curso',
    done: 'Terminado',
    cancelled: 'Cancelado',
  },
  output: {
    'final-report': 'Informe final',
    recommendations: 'Recomendaciones',
    declaration: 'Declaración',
    resolution: 'Resolución',
    other: 'Documento',
  },
  attendance: {
    'in-person': 'Presencial',
    online: 'En línea',
    hybrid: 'Híbrido',
  },
  text: {
    theme: 'Tema',
    organizers: 'Organizadores',
    registration: 'Inscripción',
    deadline: 'Fecha límite',
    languages: 'Idiomas',
    sources: 'Fuentes',
    calendarName: 'Diálogo ONG-UNESCO: eventos',
    fictional: 'Evento ficticio (datos de demostración)',
  },
};
