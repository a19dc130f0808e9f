/**
 * Lays out and paints everything `content-visibility: auto` skips (off-screen agenda days,
 * directory cards and facets) until the returned function is called.
 *
 * axe measures targets (target-size) from the layout; in a skipped subtree Chrome lays out the
 * contents on demand but keeps the placeholder size (`contain-intrinsic-size`) for the box
 * itself, so a card taller than its placeholder overlaps the next one on paper. Nobody sees
 * that layout: a skipped box is laid out for real as it nears the viewport. Checks look at that
 * real layout instead.
 *
 * Self-contained (no imports, no outer variables): the served-pages check passes it to
 * Playwright's page.evaluate, which sends its source to the page.
 */
export function renderSkippedContent(root: Document | Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  const scopes: (Document | ShadowRoot)[] = root instanceof Document ? [root] : [];
  const visit = (scope: Document | Element | ShadowRoot) => {
    for (const node of [scope, ...scope.querySelectorAll('*')]) {
      if (node instanceof Element && node.shadowRoot) {
        scopes.push(node.shadowRoot);
        visit(node.shadowRoot);
      }
    }
  };
  visit(root);
  for (const scope of scopes) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  return () => {
    for (const scope of scopes) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
