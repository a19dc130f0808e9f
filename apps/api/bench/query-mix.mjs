// The published query mix of the search benchmarks: what people do in the directory's search
// box, generated from the directory itself (seeded, so every run asks the same questions).
// A visitor session picks something real to look for — an organisation's name in one of its
// languages, its acronym, its city, a word of its description or a field of interest — and
// types it keystroke by keystroke (every prefix is a request). One session in five makes a
// typo on the way (a letter dropped, doubled, swapped or replaced) and keeps typing; one in
// four then narrows the last query with one or two facet filters; one in six asks for the
// next page; one in eight browses without words (facets, another sort or language).
// `pages` in the result are second-page requests: the bench resolves their cursor first.
import { seededRandom } from '@ngo-liaison/core/synthetic';

const FACET_PICKS = [
  ['status', ['consultative', 'associate', 'official-relations']],
  ['sector', ['ED', 'SC', 'SHS', 'CLT', 'CI']],
  ['region', ['africa', 'arab-states', 'asia-pacific', 'europe-north-america', 'latin-america-caribbean']],
  ['sdg', ['4', '5', '10', '13', '16']],
  ['language', ['en', 'fr', 'es', 'ar']],
  ['scope', ['international', 'regional', 'national']],
];
const SORTS = ['name', 'partner-since', '-partner-since'];
const LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

function typo(word, rand) {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const chars = [...word];
  switch (Math.floor(rand() * 4)) {
    case 0: chars.splice(i, 1); break; // dropped
    case 1: chars.splice(i, 0, chars[i]); break; // doubled
    case 2: [chars[i], chars[i + 1]] = [chars[i + 1] ?? chars[i], chars[i]]; break; // swapped
    default: chars[i] = 'aeiourstn'[Math.floor(rand() * 9)]; // replaced
  }
  return chars.join('');
}

/** Something a person would look for in this organisation, as they would type it. */
function target(org, rand) {
  const roll = rand();
  const names = Object.values(org.name);
  if (roll < 0.55) return names[Math.floor(rand() * names.length)];
  if (roll < 0.65 && org.acronym) return Object.values(org.acronym)[0];
  if (roll < 0.75 && org.headquarters?.city) return org.headquarters.city;
  if (roll < 0.88) {
    const words = (org.description?.en ?? '').split(/\W+/).filter((w) => w.length > 4);
    if (words.length) return words[Math.floor(rand() * words.length)];
  }
  return org.fieldsOfInterest[Math.floor(rand() * org.fieldsOfInterest.length)].replaceAll('-', ' ');
}

const url = (params) => `/v1/organizations?${new URLSearchParams(params)}`;

/**
 * `{ paths, pages, sessions }`: `paths` in the order they were typed (sessions one after
 * another), `pages` first-page URLs whose next page is part of the mix.
 */
export function queryMix(organizations, { sessions = 400, seed = 7 } = {}) {
  const rand = seededRandom(seed);
  const paths = [];
  const pages = [];
  for (let s = 0; s < sessions; s++) {
    const lang = rand() < 0.7 ? 'en' : LANGS[Math.floor(rand() * LANGS.length)];
    const base = lang === 'en' ? {} : { lang };
    if (rand() < 0.125) {
      // Browsing: facets, another order, sometimes a second page.
      const [facet, values] = FACET_PICKS[Math.floor(rand() * FACET_PICKS.length)];
      const params = [...Object.entries(base), [facet, values[Math.floor(rand() * values.length)]]];
      if (rand() < 0.5) params.push(['sort', SORTS[Math.floor(rand() * SORTS.length)]]);
      paths.push(url(params));
      if (rand() < 0.3) pages.push(url(params));
      continue;
    }
    let text = target(organizations[Math.floor(rand() * organizations.length)], rand).toLocaleLowerCase();
    if (rand() < 0.2) text = text.split(' ').map((w, i, all) => (i === all.length - 1 || rand() < 0.3 ? typo(w, rand) : w)).join(' ');
    // People stop typing once the result shows up: up to 3 words.
    const typed = [...text.split(' ').slice(0, 3).join(' ')];
    let last;
    for (let i = 1; i <= typed.length; i++) {
      const q = typed.slice(0, i).join('');
      if (q.endsWith(' ')) continue;
      last = [...Object.entries(base), ['q', q]];
      paths.push(url(last));
    }
    if (!last) continue;
    if (rand() < 0.25) {
      const filtered = [...last];
      for (let f = 0; f < (rand() < 0.7 ? 1 : 2); f++) {
        const [facet, values] = FACET_PICKS[Math.floor(rand() * FACET_PICKS.length)];
        filtered.push([facet, values[Math.floor(rand() * values.length)]]);
      }
      paths.push(url(filtered));
    }
    if (rand() < 1 / 6) pages.push(url(last));
  }
  return { paths, pages, sessions };
}
