/** Strings of <ngo-newsletter-signup> and <ngo-newsletter-archive>: no other widget bundles them. */
export interface NewsletterStrings {
  readonly 'newsletter.signupHeading': string;
  readonly 'newsletter.email': string;
  readonly 'newsletter.language': string;
  readonly 'newsletter.topics': string;
  readonly 'newsletter.topicsHint': string;
  readonly 'newsletter.subscribe': string;
  readonly 'newsletter.subscribing': string;
  readonly 'newsletter.checkInbox': string;
  readonly 'newsletter.fieldError': string;
  readonly 'newsletter.topic.new-partners': string;
  readonly 'newsletter.topic.renewed-partners': string;
  readonly 'newsletter.topic.actions': string;
  readonly 'newsletter.topic.events': string;
  readonly 'newsletter.topic.recommendations': string;
  readonly 'newsletter.topic.consultations': string;
  readonly 'newsletter.topic.consultation-results': string;
  readonly 'newsletter.archiveHeading': string;
  readonly 'newsletter.empty': string;
  readonly 'newsletter.open': string;
  readonly 'newsletter.back': string;
  readonly 'newsletter.plainText': string;
}
