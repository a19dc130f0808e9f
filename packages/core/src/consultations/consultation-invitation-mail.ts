import type { Language } from '../i18n/languages.js';
import { pickText } from '../i18n/pick-text.js';
import type { MailMessage } from '../mail/mail-message.js';
import type { Consultation } from './consultation.js';

const WORDING: Record<Language, { subject: string; intro: string; closes: string; answer: string }> = {
  ar: { subject: 'دعوة إلى مشاورة: ', intro: 'أنتم مدعوون إلى المشاركة في المشاورة الجماعية التالية:', closes: 'تُغلق في', answer: 'للإجابة:' },
  en: { subject: 'Invitation to a consultation: ', intro: 'You are invited to answer the following collective consultation:', closes: 'Closes on', answer: 'To answer:' },
  es: { subject: 'Invitación a una consulta: ', intro: 'Se le invita a responder a la siguiente consulta colectiva:', closes: 'Se cierra el', answer: 'Para responder:' },
  fr: { subject: 'Invitation à une consultation : ', intro: 'Vous êtes invité·e à répondre à la consultation collective suivante :', closes: 'Se termine le', answer: 'Pour répondre :' },
  ru: { subject: 'Приглашение к консультации: ', intro: 'Приглашаем вас ответить на следующую коллективную консультацию:', closes: 'Завершается', answer: 'Чтобы ответить:' },
  zh: { subject: '磋商邀请：', intro: '诚邀您参与以下集体磋商：', closes: '截止时间', answer: '答复链接：' },
};

/** The mail inviting one person to answer a consultation that has just opened (plain text). */
export function composeConsultationInvitation(
  consultation: Pick<Consultation, 'id' | 'title' | 'closesAt'>,
  recipient: { email: string; language: Language; personId: string },
  link: string,
): MailMessage {
  const words = WORDING[recipient.language];
  const title = pickText(consultation.title, recipient.language);
  const closes = new Date(consultation.closesAt).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return {
    kind: 'consultation-invitation',
    to: recipient.email,
    subject: words.subject + title,
    text: `${words.intro}\n\n${title}\n\n${words.closes} ${closes}\n\n${words.answer} ${link}\n`,
    language: recipient.language,
    dedupeKey: `consultation-invitation:${consultation.id}:${recipient.personId}`,
  };
}
