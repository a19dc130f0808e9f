import { directionOf, type Language } from '@ngo-liaison/core';

/**
 * The pages a newsletter mail links to. A GET only shows a button (mail scanners open every
 * link); the button POSTs back to the same address, and only that POST acts. Each page is in
 * the reader's language, right to left in Arabic.
 */
function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface NewsletterPage {
  language: Language;
  title: string;
  /** The message; `{address}` in it is replaced by `address`, isolated so that it reads right in Arabic. */
  message: string;
  address?: string;
  button?: string;
}

export function newsletterPage(page: NewsletterPage): string {
  const message = escape(page.message).replace('{address}', `<bdi>${escape(page.address ?? '')}</bdi>`);
  const form = page.button === undefined ? '' : `<form method="post"><button type="submit">${escape(page.button)}</button></form>`;
  return `<!DOCTYPE html>
<html lang="${page.language}" dir="${directionOf(page.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(page.title)}</title></head>
<body>
<main>
<h1>${escape(page.title)}</h1>
<p>${message}</p>
${form}
</main>
</body>
</html>
`;
}
