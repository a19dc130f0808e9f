import { LANGUAGES, type Language, type NewsletterIssue } from '@ngo-liaison/core';

/*
 * A small fictional issue for tests and Storybook when no issues are passed in. Every item is
 * made up (the organisation does not exist), so no real partner is ever called "new".
 */
const TITLES: Record<Language, string> = {
  ar: 'نشرة الشراكة',
  en: 'Partnership newsletter',
  es: 'Boletín de la asociación',
  fr: 'Lettre du partenariat',
  ru: 'Бюллетень партнёрства',
  zh: '伙伴关系通讯',
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The previous month of `now`, `yyyy-mm`. */
export function previousMonth(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return date.toISOString().slice(0, 7);
}

export function sampleNewsletterIssues(now: Date): NewsletterIssue[] {
  const month = previousMonth(now);
  return LANGUAGES.map((language) => {
    const title = `${TITLES[language]} — ${month}`;
    const sections: NewsletterIssue['sections'] = [
      { section: 'new-partners', heading: 'New partners', items: [{ id: 'fictional-ngo', title: 'Fictional Friends of Rivers (fictional)' }] },
      { section: 'events', heading: 'Upcoming events', items: [{ id: 'fictional-event', title: 'Fictional forum on water education', detail: 'Paris' }] },
    ];
    const dir = language === 'ar' ? 'rtl' : 'ltr';
    const body = sections
      .map((s) => `<h2>${escapeHtml(s.heading)}</h2><ul>${s.items.map((i) => `<li>${escapeHtml(i.title)}</li>`).join('')}</ul>`)
      .join('');
    const html = `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
    const text = [title, ...sections.flatMap((s) => ['', s.heading, ...s.items.map((i) => `- ${i.title}`)])].join('\n');
    return { month, language, title, sections, html, text, composedAt: `${month}-28T09:00:00.000Z` };
  });
}
