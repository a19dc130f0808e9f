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
    'programme-sector': '{sector}',
    'field-office': 'Oficina de la UNESCO ({office})',
    'ngp-committee': 'Comité de Asociados No Gubernamentales',
    'icngo-chair': 'Presidencia de la Conferencia Internacional de ONG',
    'civil-society-unit': 'Unidad de Asociaciones con la Sociedad Civil',
  },
  participationRole: {
    'co-organizer': 'Coorganizador',
    host: 'País anfitrión',
    panel: 'Panelista',
    observer: 'Observador',
  },
  participationChannel: {
    'permanent-delegation': 'Delegación Permanente',
    'national-commission': 'Comisión Nacional',
    'ngp-member': 'Miembro del Comité de Asociados No Gubernamentales',
  },
  sessionTitle: {
    'general-conference': 'Conferencia General, {n}.ª reunión',
    'executive-board': 'Consejo Ejecutivo, {n}.ª reunión',
    'ngp-committee': 'Comité de Asociados No Gubernamentales, {n}.ª reunión del Consejo Ejecutivo',
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
  session: {
    partOf: 'Reunión',
    agendaItem: 'Punto {number}',
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
