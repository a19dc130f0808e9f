/**
 * The pages a newsletter mail links to. A GET only shows a button (mail scanners open every
 * link); the button POSTs back to the same address, and only that POST acts.
 */
function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function newsletterPage(title: string, message: string, button?: string): string {
  const form = button === undefined ? '' : `<form method="post"><button type="submit">${escape(button)}</button></form>`;
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
${form}
</main>
</body>
</html>
`;
}
