import type { NewsletterStrings } from '../../internal/translation.js';

/** Russian strings of the newsletter widgets. */
export const ruNewsletter: NewsletterStrings = {
  'newsletter.signupHeading': 'Подписаться на бюллетень',
  'newsletter.email': 'Адрес электронной почты',
  'newsletter.language': 'Язык',
  'newsletter.topics': 'Темы',
  'newsletter.topicsHint': 'Выбраны все темы; снимите отметку с ненужных.',
  'newsletter.subscribe': 'Подписаться',
  'newsletter.subscribing': 'Оформление подписки…',
  'newsletter.checkInbox': 'Проверьте почту, чтобы подтвердить подписку.',
  'newsletter.fieldError': 'Исправьте это поле.',
  'newsletter.topic.new-partners': 'Новые партнёры',
  'newsletter.topic.renewed-partners': 'Продлённые партнёрства',
  'newsletter.topic.actions': 'Мероприятия',
  'newsletter.topic.events': 'Предстоящие события',
  'newsletter.topic.recommendations': 'Рекомендации',
  'newsletter.topic.consultations': 'Открытые консультации',
  'newsletter.topic.consultation-results': 'Итоги консультаций',
  'newsletter.archiveHeading': 'Архив бюллетеня',
  'newsletter.empty': 'Выпусков пока нет.',
  'newsletter.open': 'Читать',
  'newsletter.back': 'Назад к архиву',
  'newsletter.plainText': 'Текстовая версия',
};
