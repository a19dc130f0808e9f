import type { TrackerStrings } from '../../internal/translation.js';

// Our translation; to be reviewed by a Spanish-speaking editor before release.
export const esTracker: TrackerStrings = {
  'addressee.sector': '{name}',
  'addressee.field-office': '{name}',
  'addressee.member-state': '{name} (Estado Miembro)',
  'addressee.organization': '{name} (organización)',
  'addressee.liaison-committee': 'Comité de Enlace ONG-UNESCO',
  'followUp.received': 'Recibida',
  'followUp.under-consideration': 'En estudio',
  'followUp.in-progress': 'En curso',
  'followUp.implemented': 'Aplicada',
  'followUp.not-retained': 'No aceptada',
  'tracker.label': 'Recomendaciones y su seguimiento',
  'tracker.untitled': 'Recomendación',
  'tracker.event': 'Evento',
  'tracker.recorded': 'Registrada el',
  'tracker.addressees': 'Destinatarios y su seguimiento',
  'tracker.latest': 'Estado: {status}',
  'tracker.noFollowUp': 'Todavía no hay seguimiento público.',
  'tracker.timeline': 'Historial del seguimiento',
  'tracker.empty': 'Ninguna recomendación coincide.',
  'tracker.count': { one: '{count} recomendación', other: '{count} recomendaciones' },
  'tracker.evaluations': 'Resultados de la evaluación',
};

export default esTracker;
