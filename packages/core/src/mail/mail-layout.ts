import { directionOf, type Language } from '../i18n/languages.js';

/** A run of text in a language other than the mail's (a title only available in French, say). */
export interface MailText {
  text: string;
  /** Set when it differs from the mail's language: the HTML marks it with lang (and dir). */
  lang?: Language;
  strong?: boolean;
}

/** What a simple transactional mail says: a greeting, paragraphs, one button, notes, a footer. */
export interface MailBody {
  language: Language;
  /** The <title> and the heading. */
  heading: string;
  greeting?: string;
  paragraphs: readonly (string | MailText)[];
  /** One call to action, shown as a button and as a plain link (and as the URL in the text part). */
  action?: { label: string; url: string };
  /** Smaller print under the action (expiry, why the reader gets this). */
  notes?: readonly string[];
  footer: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values in mail HTML. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const asText = (part: string | MailText): MailText => (typeof part === 'string' ? { text: part } : part);

function paragraphHtml(part: MailText, language: Language): string {
  const lang = part.lang && part.lang !== language ? ` lang="${part.lang}" dir="${directionOf(part.lang)}"` : '';
  const text = escapeHtml(part.text);
  return `<p style="margin:0 0 16px 0;"${lang}>${part.strong ? `<strong>${text}</strong>` : text}</p>`;
}

/**
 * E-mail HTML for a short message: one table, inline styles only (mail programs drop style
 * sheets), no images or other remote resources (nothing tracks the reader), dir="rtl" for
 * Arabic. The text part says the same with the link written out.
 */
export function composeMailBody(body: MailBody): { html: string; text: string } {
  const { language } = body;
  const dir = directionOf(language);
  const align = dir === 'rtl' ? 'right' : 'left';
  const font = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;';
  const parts = body.paragraphs.map(asText);
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(body.heading)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#f4f4f4;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4;">`,
    `<tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:4px;">`,
    `<tr><td dir="${dir}" style="padding:24px;text-align:${align};${font}">`,
    `<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;">${escapeHtml(body.heading)}</h1>`,
    ...(body.greeting ? [paragraphHtml({ text: body.greeting }, language)] : []),
    ...parts.map((part) => paragraphHtml(part, language)),
    ...(body.action
      ? [
          `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;"><tr><td style="background-color:#0a5ea8;border-radius:4px;">`,
          `<a href="${escapeHtml(body.action.url)}" style="display:inline-block;padding:12px 20px;color:#ffffff;text-decoration:none;font-weight:bold;${font}color:#ffffff;">${escapeHtml(body.action.label)}</a>`,
          `</td></tr></table>`,
          `<p style="margin:0 0 16px 0;font-size:13px;word-break:break-all;"><a href="${escapeHtml(body.action.url)}" style="color:#0a5ea8;">${escapeHtml(body.action.url)}</a></p>`,
        ]
      : []),
    ...(body.notes ?? []).map((note) => `<p style="margin:0 0 12px 0;font-size:14px;color:#4a4a4a;">${escapeHtml(note)}</p>`),
    `</td></tr>`,
    `<tr><td dir="${dir}" style="padding:16px 24px;border-top:1px solid #e0e0e0;text-align:${align};font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#5a5a5a;">${escapeHtml(body.footer)}</td></tr>`,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n');
  const text = [
    body.heading,
    '',
    ...(body.greeting ? [body.greeting, ''] : []),
    ...parts.flatMap((part) => [part.text, '']),
    ...(body.action ? [`${body.action.label}:`, body.action.url, ''] : []),
    ...(body.notes ?? []).flatMap((note) => [note, '']),
    '-- ',
    body.footer,
    '',
  ].join('\n');
  return { html, text };
}

/** A long date and time in UTC in `language` ("4 December 2026 at 13:00"). */
export function formatMailInstant(instant: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(instant));
}

/** The footer every Liaison mail ends with. */
export const MAIL_FOOTER: Readonly<Record<Language, string>> = {
  ar: 'Liaison · شراكة اليونسكو مع المنظمات غير الحكومية',
  en: 'Liaison · UNESCO’s partnership with non-governmental organisations',
  es: 'Liaison · la colaboración de la UNESCO con las organizaciones no gubernamentales',
  fr: 'Liaison · le partenariat de l’UNESCO avec les organisations non gouvernementales',
  ru: 'Liaison · партнёрство ЮНЕСКО с неправительственными организациями',
  zh: 'Liaison · 教科文组织与非政府组织的伙伴关系',
};
