import type { NewsletterStrings } from '../../internal/translation.js';

/** Spanish strings of the newsletter widgets. */
export const esNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': 'Suscribirse al boletín',
  'newsletter.email': 'Dirección de correo electrónico',
  'newsletter.language': 'Idioma',
  'newsletter.topics': 'Temas',
  'newsletter.topicsHint': 'Todos los temas están elegidos; desmarque los que no desee.',
  'newsletter.subscribe': 'Suscribirse',
  'newsletter.subscribing': 'Suscribiendo…',
  'newsletter.checkInbox': 'Revise su bandeja de entrada para confirmar la suscripción.',
  'newsletter.fieldError': 'Corrija este campo.',
  'newsletter.topic.new-partners': 'Nuevos socios',
  'newsletter.topic.renewed-partners': 'Asociaciones renovadas',
  'newsletter.topic.actions': 'Acciones',
  'newsletter.topic.events': 'Próximos eventos',
  'newsletter.topic.recommendations': 'Recomendaciones',
  'newsletter.topic.consultations': 'Consultas abiertas',
  'newsletter.topic.consultation-results': 'Resultados de las consultas',
  'newsletter.archiveHeading': 'Archivo del boletín',
  'newsletter.empty': 'Todavía no hay ningún número.',
  'newsletter.open': 'Leer',
  'newsletter.back': 'Volver al archivo',
  'newsletter.plainText': 'Versión en texto sin formato',
};
