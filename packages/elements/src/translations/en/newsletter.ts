import type { NewsletterStrings } from '../../internal/translation.js';

/** English strings of the newsletter widgets. */
export const enNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': 'Subscribe to the newsletter',
  'newsletter.email': 'E-mail address',
  'newsletter.language': 'Language',
  'newsletter.topics': 'Topics',
  'newsletter.topicsHint': 'All topics are chosen; untick those you do not want.',
  'newsletter.subscribe': 'Subscribe',
  'newsletter.subscribing': 'Subscribing…',
  'newsletter.checkInbox': 'Check your inbox to confirm your subscription.',
  'newsletter.fieldError': 'Please correct this field.',
  'newsletter.topic.new-partners': 'New partners',
  'newsletter.topic.renewed-partners': 'Renewed partnerships',
  'newsletter.topic.actions': 'Actions',
  'newsletter.topic.events': 'Upcoming events',
  'newsletter.topic.recommendations': 'Recommendations',
  'newsletter.topic.consultations': 'Open consultations',
  'newsletter.topic.consultation-results': 'Consultation results',
  'newsletter.archiveHeading': 'Newsletter archive',
  'newsletter.empty': 'No issue yet.',
  'newsletter.open': 'Read',
  'newsletter.back': 'Back to the archive',
  'newsletter.plainText': 'Plain-text version',
};
