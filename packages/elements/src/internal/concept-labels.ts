import type { Language } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';

// Loaded label tables are immutable data, shared by every element on the page.
const tables = new Map<Language, Readonly<Record<string, string>> | Promise<unknown>>();

/**
 * The label of a concept of the vocabulary (a field of interest) in `language`. Until that
 * language's labels have loaded, the id is shown and the load is started for `host`, which
 * renders again when it ends (and whose updateComplete waits for it).
 */
export function conceptLabel(host: LiaisonElement, id: string, language: Language): string {
  const table = tables.get(language);
  if (table && !(table instanceof Promise)) return table[id] ?? id;
  const loading =
    table ??
    import('./concept-label-modules.js')
      .then(({ importConceptLabels }) => importConceptLabels(language))
      .then(
        (labels) => tables.set(language, labels),
        // The chunk failed to load (offline CDN): ids are shown from now on (no retry loop).
        () => tables.set(language, {}),
      );
  tables.set(language, loading);
  host.trackPending(loading.then(() => host.requestUpdate()));
  return id;
}
