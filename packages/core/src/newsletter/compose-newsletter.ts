import { directionOf, type Language } from '../i18n/languages.js';
import type { MailMessage } from '../mail/mail-message.js';
import { NEWSLETTER_SECTIONS, type NewsletterIssue, type NewsletterIssueSection, type NewsletterItem, type NewsletterSection } from './newsletter.js';
import { NEWSLETTER_STRINGS } from './newsletter-strings.js';

/** Each section's items as the caller read them from the data (a missing or empty section is left out). */
export type NewsletterSources = Partial<Record<NewsletterSection, readonly NewsletterItem[]>>;

export interface ComposeNewsletterInput {
  month: string;
  language: Language;
  sources: NewsletterSources;
  introduction?: string;
  /** The instant of composition (core reads no clock). */
  now: Date;
  sentAt?: Date;
}

/** A month's issue in one language: sections in their fixed order, HTML, text and JSON. */
export function composeNewsletter(input: ComposeNewsletterInput): NewsletterIssue {
  const strings = NEWSLETTER_STRINGS[input.language];
  const sections: NewsletterIssueSection[] = NEWSLETTER_SECTIONS.flatMap((section) => {
    const items = input.sources[section] ?? [];
    return items.length === 0 ? [] : [{ section, heading: strings.sections[section], items: [...items] }];
  });
  const title = strings.title(input.month);
  const introduction = input.introduction?.trim() || undefined;
  const parts = { month: input.month, language: input.language, title, introduction, sections };
  return {
    month: input.month,
    language: input.language,
    title,
    ...(introduction === undefined ? {} : { introduction }),
    sections,
    html: renderNewsletterHtml(parts),
    text: renderNewsletterText(parts),
    composedAt: input.now.toISOString(),
    ...(input.sentAt === undefined ? {} : { sentAt: input.sentAt.toISOString() }),
  };
}

interface IssueParts {
  month: string;
  language: Language;
  title: string;
  introduction?: string | undefined;
  sections: readonly NewsletterIssueSection[];
}

/** The unsubscribe placeholder the HTML and text carry; each recipient's mail replaces it with their signed link. */
export const UNSUBSCRIBE_PLACEHOLDER = '%%UNSUBSCRIBE_URL%%';

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * E-mail HTML: one centred table, inline styles only, no image, font or stylesheet from
 * anywhere (nothing that tells a sender the mail was opened). `color-scheme` lets clients
 * that support it draw the dark variant themselves.
 */
export function renderNewsletterHtml(issue: IssueParts): string {
  const dir = directionOf(issue.language);
  const align = dir === 'rtl' ? 'right' : 'left';
  const strings = NEWSLETTER_STRINGS[issue.language];
  const cell = `padding:8px 24px;text-align:${align};font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a`;
  const rows: string[] = [];
  rows.push(`<tr><td style="padding:24px;text-align:${align};font-family:Arial,Helvetica,sans-serif;background-color:#0b4f8a;color:#ffffff"><h1 style="margin:0;font-size:22px;line-height:1.3">${escapeHtml(issue.title)}</h1></td></tr>`);
  if (issue.introduction !== undefined) {
    rows.push(`<tr><td style="${cell}"><p style="margin:8px 0">${escapeHtml(issue.introduction).replace(/\n/g, '<br>')}</p></td></tr>`);
  }
  for (const section of issue.sections) {
    const items = section.items
      .map((item) => {
        const title = item.url === undefined ? escapeHtml(item.title) : `<a href="${escapeHtml(item.url)}" style="color:#0b4f8a">${escapeHtml(item.title)}</a>`;
        const group = item.group === undefined ? '' : ` <span style="color:#555555">(${escapeHtml(item.group)})</span>`;
        const detail = item.detail === undefined ? '' : `<br><span style="color:#333333">${escapeHtml(item.detail)}</span>`;
        return `<li style="margin:0 0 8px 0">${title}${group}${detail}</li>`;
      })
      .join('');
    rows.push(
      `<tr><td style="${cell}"><h2 id="section-${section.section}" style="margin:16px 0 8px 0;font-size:18px;color:#0b4f8a">${escapeHtml(section.heading)}</h2><ul style="margin:0;padding-${dir === 'rtl' ? 'right' : 'left'}:20px">${items}</ul></td></tr>`,
    );
  }
  rows.push(
    `<tr><td style="padding:16px 24px;text-align:${align};font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#555555;border-top:1px solid #dddddd"><p style="margin:0 0 8px 0">${escapeHtml(strings.why)}</p><p style="margin:0"><a href="${UNSUBSCRIBE_PLACEHOLDER}" style="color:#0b4f8a">${escapeHtml(strings.unsubscribe)}</a></p></td></tr>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${issue.language}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(issue.title)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#f2f2f2">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;background-color:#f2f2f2"><tbody><tr><td style="padding:16px 8px">`,
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;max-width:600px;margin:0 auto;background-color:#ffffff" dir="${dir}"><tbody>`,
    ...rows,
    '</tbody></table>',
    '</td></tr></tbody></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Plain text: the same content, headings underlined, one item per line. */
export function renderNewsletterText(issue: IssueParts): string {
  const strings = NEWSLETTER_STRINGS[issue.language];
  const lines: string[] = [issue.title, '='.repeat(Math.min(issue.title.length, 72)), ''];
  if (issue.introduction !== undefined) lines.push(issue.introduction, '');
  for (const section of issue.sections) {
    lines.push(section.heading, '-'.repeat(Math.min(section.heading.length, 72)));
    for (const item of section.items) {
      lines.push(`* ${item.title}${item.group === undefined ? '' : ` (${item.group})`}`);
      if (item.detail !== undefined) lines.push(`  ${item.detail}`);
      if (item.url !== undefined) lines.push(`  ${item.url}`);
    }
    lines.push('');
  }
  lines.push('--', strings.why, `${strings.unsubscribe}: ${UNSUBSCRIBE_PLACEHOLDER}`, '');
  return lines.join('\n');
}

/**
 * One recipient's newsletter mail: their signed unsubscribe link in the body and in the
 * RFC 8058 one-click headers; the dedupe key makes a second send to the address a no-op.
 */
export function newsletterMail(issue: NewsletterIssue, to: string, unsubscribeUrl: string): MailMessage {
  return {
    kind: 'newsletter',
    to,
    subject: issue.title,
    text: issue.text.split(UNSUBSCRIBE_PLACEHOLDER).join(unsubscribeUrl),
    html: issue.html.split(UNSUBSCRIBE_PLACEHOLDER).join(escapeHtml(unsubscribeUrl)),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    language: issue.language,
    dedupeKey: newsletterDedupeKey(issue.month, to),
  };
}

/** "newsletter:2026-11:ana@example.org": one issue once per address, whatever the language. */
export function newsletterDedupeKey(month: string, address: string): string {
  return `newsletter:${month}:${address.trim().toLowerCase()}`;
}

/** Double opt-in: the mail whose link confirms a subscription (the link opens a page with a button). */
export function newsletterConfirmationMail(to: string, language: Language, confirmUrl: string, now: Date): MailMessage {
  const strings = NEWSLETTER_STRINGS[language];
  const dir = directionOf(language);
  const align = dir === 'rtl' ? 'right' : 'left';
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(strings.confirmSubject)}</title></head>`,
    `<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;text-align:${align}">`,
    `<p>${escapeHtml(strings.confirmBody)}</p>`,
    `<p><a href="${escapeHtml(confirmUrl)}" style="color:#0b4f8a">${escapeHtml(strings.confirmButton)}</a></p>`,
    `<p style="color:#555555">${escapeHtml(strings.confirmIgnore)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
  return {
    kind: 'newsletter-confirmation',
    to,
    subject: strings.confirmSubject,
    text: `${strings.confirmBody}\n\n${strings.confirmButton}: ${confirmUrl}\n\n${strings.confirmIgnore}\n`,
    html,
    language,
    // One confirmation per address and minute: a double click does not mail twice.
    dedupeKey: `newsletter-confirmation:${to.trim().toLowerCase()}:${now.toISOString().slice(0, 16)}`,
  };
}
