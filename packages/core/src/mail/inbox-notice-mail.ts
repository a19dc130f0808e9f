import { pickLocalized } from '../i18n/pick-text.js';
import type { Language } from '../i18n/languages.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { INBOX_KIND_LABELS } from './inbox-kind-labels.js';
import { composeMailBody, MAIL_FOOTER, type MailText } from './mail-layout.js';
import type { MailMessage } from './mail-message.js';

interface NoticeWords {
  subject: (kind: string, title: string) => string;
  heading: string;
  greeting: (name: string) => string;
  intro: (kind: string) => string;
  action: string;
  why: string;
}

const WORDS: Readonly<Record<Language, NoticeWords>> = {
  ar: {
    subject: (kind, title) => `${kind}: ${title}`,
    heading: 'جديد في صندوق الوارد',
    greeting: (name) => `مرحبًا ${name}،`,
    intro: (kind) => `وصل عنصر جديد إلى صندوق الوارد الخاص بك في Liaison (${kind}):`,
    action: 'افتح صندوق الوارد',
    why: 'تصلك هذه الرسالة لأن صندوق الوارد هذا خاص بك في Liaison.',
  },
  en: {
    subject: (kind, title) => `${kind}: ${title}`,
    heading: 'New in your inbox',
    greeting: (name) => `Hello ${name},`,
    intro: (kind) => `Something new is in your Liaison inbox (${kind}):`,
    action: 'Open your inbox',
    why: 'You receive this notice because this inbox is yours on Liaison.',
  },
  es: {
    subject: (kind, title) => `${kind}: ${title}`,
    heading: 'Novedad en su bandeja de entrada',
    greeting: (name) => `Hola, ${name}:`,
    intro: (kind) => `Hay una novedad en su bandeja de entrada de Liaison (${kind}):`,
    action: 'Abrir la bandeja de entrada',
    why: 'Recibe este aviso porque esta bandeja de entrada es suya en Liaison.',
  },
  fr: {
    subject: (kind, title) => `${kind} : ${title}`,
    heading: 'Nouveau dans votre boîte de réception',
    greeting: (name) => `Bonjour ${name},`,
    intro: (kind) => `Un nouvel élément est arrivé dans votre boîte de réception Liaison (${kind}) :`,
    action: 'Ouvrir la boîte de réception',
    why: 'Vous recevez cet avis parce que cette boîte de réception est la vôtre sur Liaison.',
  },
  ru: {
    subject: (kind, title) => `${kind}: ${title}`,
    heading: 'Новое во входящих',
    greeting: (name) => `Здравствуйте, ${name}!`,
    intro: (kind) => `Во входящих Liaison появилось новое (${kind}):`,
    action: 'Открыть входящие',
    why: 'Вы получили это уведомление, потому что эти входящие принадлежат вам в Liaison.',
  },
  zh: {
    subject: (kind, title) => `${kind}：${title}`,
    heading: '收件箱有新内容',
    greeting: (name) => `${name}，您好：`,
    intro: (kind) => `您在 Liaison 的收件箱有新内容（${kind}）：`,
    action: '打开收件箱',
    why: '您收到此通知，是因为此收件箱在 Liaison 上属于您。',
  },
};

/** Subjects stay one readable line. */
const shorten = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface InboxNoticeMailInput {
  item: InboxItem;
  /** The person who reads the inbox. */
  personId: string;
  displayName: string;
  to: string;
  language: Language;
  /** Where the person reads their inbox (PUBLIC_URL joined with the inbox page). */
  inboxUrl: string;
}

/** "Something landed in your inbox": one mail per item and person (the dedupe key), with the item's title and summary. */
export function inboxNoticeMail({ item, personId, displayName, to, language, inboxUrl }: InboxNoticeMailInput): MailMessage {
  const words = WORDS[language];
  const kind = INBOX_KIND_LABELS[language][item.kind];
  const title = pickLocalized(item.title, language);
  const summary = pickLocalized(item.summary, language);
  const paragraphs: MailText[] = [{ text: words.intro(kind) }];
  if (title) paragraphs.push({ text: title.text, lang: title.lang, strong: true });
  if (summary) paragraphs.push({ text: summary.text, lang: summary.lang });
  const { html, text } = composeMailBody({
    language,
    heading: words.heading,
    greeting: words.greeting(displayName),
    paragraphs,
    action: { label: words.action, url: inboxUrl },
    notes: [words.why],
    footer: MAIL_FOOTER[language],
  });
  return {
    kind: 'inbox-notice',
    to,
    subject: shorten(words.subject(kind, title?.text ?? '')),
    text,
    html,
    language,
    dedupeKey: `inbox-notice:${item.id}:${personId}`,
  };
}
