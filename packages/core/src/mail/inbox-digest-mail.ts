import { pickLocalized } from '../i18n/pick-text.js';
import type { Language } from '../i18n/languages.js';
import type { InboxItem } from '../inbox/inbox-item.js';
import { INBOX_KIND_LABELS } from './inbox-kind-labels.js';
import { composeMailBody, MAIL_FOOTER, type MailText } from './mail-layout.js';
import type { MailMessage } from './mail-message.js';
import type { DigestFrequency } from './mail-preferences.js';

type Period = Exclude<DigestFrequency, 'off'>;

interface DigestWords {
  subject: (period: Period, count: number) => string;
  heading: (period: Period) => string;
  greeting: (name: string) => string;
  intro: (count: number) => string;
  more: (count: number) => string;
  action: string;
  why: string;
}

const WORDS: Readonly<Record<Language, DigestWords>> = {
  ar: {
    subject: (period, count) => `${period === 'daily' ? 'ملخصك اليومي' : 'ملخصك الأسبوعي'} في Liaison: ${count}`,
    heading: (period) => (period === 'daily' ? 'ملخص اليوم' : 'ملخص الأسبوع'),
    greeting: (name) => `مرحبًا ${name}،`,
    intro: (count) => `عدد العناصر الجديدة في صندوق الوارد الخاص بك: ${count}.`,
    more: (count) => `و${count} عناصر أخرى.`,
    action: 'افتح صندوق الوارد',
    why: 'تصلك هذه الرسالة لأنك طلبت ملخصًا في تفضيلات البريد في Liaison.',
  },
  en: {
    subject: (period, count) => `Your ${period} Liaison digest: ${count} new`,
    heading: (period) => (period === 'daily' ? 'Your day on Liaison' : 'Your week on Liaison'),
    greeting: (name) => `Hello ${name},`,
    intro: (count) => (count === 1 ? 'One new item is in your inboxes.' : `${count} new items are in your inboxes.`),
    more: (count) => `And ${count} more.`,
    action: 'Open your inbox',
    why: 'You receive this digest because you asked for it in your Liaison mail preferences.',
  },
  es: {
    subject: (period, count) => `Su resumen ${period === 'daily' ? 'diario' : 'semanal'} de Liaison: ${count} novedades`,
    heading: (period) => (period === 'daily' ? 'Su día en Liaison' : 'Su semana en Liaison'),
    greeting: (name) => `Hola, ${name}:`,
    intro: (count) => `Novedades en sus bandejas de entrada: ${count}.`,
    more: (count) => `Y ${count} más.`,
    action: 'Abrir la bandeja de entrada',
    why: 'Recibe este resumen porque lo pidió en sus preferencias de correo de Liaison.',
  },
  fr: {
    subject: (period, count) => `Votre résumé ${period === 'daily' ? 'quotidien' : 'hebdomadaire'} Liaison : ${count} nouveautés`,
    heading: (period) => (period === 'daily' ? 'Votre journée sur Liaison' : 'Votre semaine sur Liaison'),
    greeting: (name) => `Bonjour ${name},`,
    intro: (count) => `Nouveautés dans vos boîtes de réception : ${count}.`,
    more: (count) => `Et ${count} de plus.`,
    action: 'Ouvrir la boîte de réception',
    why: 'Vous recevez ce résumé parce que vous l’avez demandé dans vos préférences de courrier Liaison.',
  },
  ru: {
    subject: (period, count) => `${period === 'daily' ? 'Ежедневная' : 'Еженедельная'} сводка Liaison: новых — ${count}`,
    heading: (period) => (period === 'daily' ? 'Ваш день в Liaison' : 'Ваша неделя в Liaison'),
    greeting: (name) => `Здравствуйте, ${name}!`,
    intro: (count) => `Новое во входящих: ${count}.`,
    more: (count) => `И ещё ${count}.`,
    action: 'Открыть входящие',
    why: 'Вы получили эту сводку, потому что запросили её в настройках почты Liaison.',
  },
  zh: {
    subject: (period, count) => `Liaison ${period === 'daily' ? '每日' : '每周'}摘要：${count} 条新内容`,
    heading: (period) => (period === 'daily' ? '您今天的 Liaison' : '您本周的 Liaison'),
    greeting: (name) => `${name}，您好：`,
    intro: (count) => `您的收件箱有 ${count} 条新内容。`,
    more: (count) => `另有 ${count} 条。`,
    action: '打开收件箱',
    why: '您收到此摘要，是因为您在 Liaison 邮件偏好中选择了它。',
  },
};

/** At most this many items are listed; the rest are counted. */
export const DIGEST_MAX_ITEMS = 30;

/**
 * The period a digest covers, as a stable label: the UTC day (2026-12-04) for daily, the ISO
 * week (2026-W49) for weekly. Every node computes the same label, so the dedupe key keeps one
 * digest per person and period however many nodes run.
 */
export function digestPeriodLabel(frequency: Period, now: Date): string {
  if (frequency === 'daily') return now.toISOString().slice(0, 10);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this ISO week names its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Whether a digest is due: the person wants one and none was queued in the current period yet. */
export function isDigestDue(frequency: DigestFrequency, lastSentAt: string | null, now: Date): frequency is Period {
  if (frequency === 'off') return false;
  return lastSentAt === null || digestPeriodLabel(frequency, new Date(lastSentAt)) !== digestPeriodLabel(frequency, now);
}

export interface InboxDigestMailInput {
  personId: string;
  displayName: string;
  to: string;
  language: Language;
  frequency: Period;
  /** The items delivered since the last digest, newest first. */
  items: readonly InboxItem[];
  now: Date;
  inboxUrl: string;
}

/** A daily or weekly digest of a person's inboxes: each item's kind and title, newest first. */
export function inboxDigestMail({ personId, displayName, to, language, frequency, items, now, inboxUrl }: InboxDigestMailInput): MailMessage {
  const words = WORDS[language];
  const listed = items.slice(0, DIGEST_MAX_ITEMS);
  const paragraphs: MailText[] = [{ text: words.intro(items.length) }];
  for (const item of listed) {
    const title = pickLocalized(item.title, language);
    paragraphs.push({ text: `${INBOX_KIND_LABELS[language][item.kind]} — ${title?.text ?? ''}`, ...(title && title.lang !== language ? { lang: title.lang } : {}) });
  }
  if (items.length > listed.length) paragraphs.push({ text: words.more(items.length - listed.length) });
  const { html, text } = composeMailBody({
    language,
    heading: words.heading(frequency),
    greeting: words.greeting(displayName),
    paragraphs,
    action: { label: words.action, url: inboxUrl },
    notes: [words.why],
    footer: MAIL_FOOTER[language],
  });
  return {
    kind: 'inbox-digest',
    to,
    subject: words.subject(frequency, items.length),
    text,
    html,
    language,
    dedupeKey: `inbox-digest:${personId}:${digestPeriodLabel(frequency, now)}`,
  };
}
