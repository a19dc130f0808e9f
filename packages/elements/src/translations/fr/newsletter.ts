import type { NewsletterStrings } from '../../internal/translation.js';

/** French strings of the newsletter widgets. */
export const frNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': 'S’abonner à la lettre d’information',
  'newsletter.email': 'Adresse électronique',
  'newsletter.language': 'Langue',
  'newsletter.topics': 'Thèmes',
  'newsletter.topicsHint': 'Tous les thèmes sont choisis ; décochez ceux que vous ne voulez pas.',
  'newsletter.subscribe': 'S’abonner',
  'newsletter.subscribing': 'Abonnement…',
  'newsletter.checkInbox': 'Consultez votre boîte de réception pour confirmer votre abonnement.',
  'newsletter.fieldError': 'Veuillez corriger ce champ.',
  'newsletter.topic.new-partners': 'Nouveaux partenaires',
  'newsletter.topic.renewed-partners': 'Partenariats renouvelés',
  'newsletter.topic.actions': 'Actions',
  'newsletter.topic.events': 'Événements à venir',
  'newsletter.topic.recommendations': 'Recommandations',
  'newsletter.topic.consultations': 'Consultations ouvertes',
  'newsletter.topic.consultation-results': 'Résultats des consultations',
  'newsletter.archiveHeading': 'Archives de la lettre d’information',
  'newsletter.empty': 'Aucun numéro pour l’instant.',
  'newsletter.open': 'Lire',
  'newsletter.back': 'Retour aux archives',
  'newsletter.plainText': 'Version texte',
};
