import type { Language } from '../i18n/languages.js';
import { composeMailBody, formatMailInstant, MAIL_FOOTER } from './mail-layout.js';
import type { MailMessage } from './mail-message.js';

interface InvitationWords {
  subject: string;
  heading: string;
  greeting: (name: string | undefined) => string;
  intro: string;
  action: string;
  expires: (when: string) => string;
  ignore: string;
}

const WORDS: Readonly<Record<Language, InvitationWords>> = {
  ar: {
    subject: 'دعوتك إلى Liaison',
    heading: 'أنت مدعو إلى Liaison',
    greeting: (name) => (name ? `مرحبًا ${name}،` : 'مرحبًا،'),
    intro: 'تدعوك أمانة اليونسكو إلى Liaison، حيث تعمل اليونسكو وشركاؤها من المنظمات غير الحكومية معًا.',
    action: 'قبول الدعوة',
    expires: (when) => `لا يمكن استخدام هذا الرابط إلا مرة واحدة، حتى ${when} (بالتوقيت العالمي المنسق).`,
    ignore: 'إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.',
  },
  en: {
    subject: 'Your invitation to Liaison',
    heading: 'You are invited to Liaison',
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'The UNESCO Secretariat invites you to Liaison, where UNESCO and its non-governmental partners work together.',
    action: 'Accept the invitation',
    expires: (when) => `This link can be used once, until ${when} (UTC).`,
    ignore: 'If you were not expecting this invitation, you can ignore this message.',
  },
  es: {
    subject: 'Su invitación a Liaison',
    heading: 'Está invitado a Liaison',
    greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    intro: 'La Secretaría de la UNESCO le invita a Liaison, donde la UNESCO y sus socios no gubernamentales trabajan juntos.',
    action: 'Aceptar la invitación',
    expires: (when) => `Este enlace solo puede usarse una vez, hasta el ${when} (UTC).`,
    ignore: 'Si no esperaba esta invitación, puede ignorar este mensaje.',
  },
  fr: {
    subject: 'Votre invitation à Liaison',
    heading: 'Vous êtes invité à Liaison',
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: 'Le Secrétariat de l’UNESCO vous invite sur Liaison, où l’UNESCO et ses partenaires non gouvernementaux travaillent ensemble.',
    action: 'Accepter l’invitation',
    expires: (when) => `Ce lien ne peut servir qu’une fois, jusqu’au ${when} (UTC).`,
    ignore: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.',
  },
  ru: {
    subject: 'Приглашение в Liaison',
    heading: 'Вы приглашены в Liaison',
    greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
    intro: 'Секретариат ЮНЕСКО приглашает вас в Liaison, где ЮНЕСКО и её неправительственные партнёры работают вместе.',
    action: 'Принять приглашение',
    expires: (when) => `Ссылкой можно воспользоваться один раз, до ${when} (UTC).`,
    ignore: 'Если вы не ожидали этого приглашения, просто не отвечайте на это письмо.',
  },
  zh: {
    subject: 'Liaison 邀请',
    heading: '您受邀加入 Liaison',
    greeting: (name) => (name ? `${name}，您好：` : '您好：'),
    intro: '教科文组织秘书处邀请您加入 Liaison——教科文组织与其非政府伙伴共同工作的平台。',
    action: '接受邀请',
    expires: (when) => `此链接仅可使用一次，有效期至 ${when}（UTC）。`,
    ignore: '如果您没有预期收到此邀请，请忽略本邮件。',
  },
};

export interface InvitationMailInput {
  /** The invitation's id: one mail per invitation. */
  invitationId: string;
  to: string;
  language: Language;
  /** The one-time link (its secret in the fragment, so a scanner's GET consumes nothing). */
  link: string;
  expiresAt: Date | string;
  displayName?: string | undefined;
}

/** The mail that carries a Secretariat invitation's one-time link. */
export function invitationMail({ invitationId, to, language, link, expiresAt, displayName }: InvitationMailInput): MailMessage {
  const words = WORDS[language];
  const { html, text } = composeMailBody({
    language,
    heading: words.heading,
    greeting: words.greeting(displayName),
    paragraphs: [words.intro],
    action: { label: words.action, url: link },
    notes: [words.expires(formatMailInstant(expiresAt, language)), words.ignore],
    footer: MAIL_FOOTER[language],
  });
  return { kind: 'invitation', to, subject: words.subject, text, html, language, dedupeKey: `invitation:${invitationId}` };
}
