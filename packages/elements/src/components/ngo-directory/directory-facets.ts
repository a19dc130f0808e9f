import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Language } from '@ngo-liaison/core';
import type { FacetCount, FacetCounts, OrganizationFacet } from '@ngo-liaison/core/search';
import type { LocalizeController } from '../../internal/localize-controller.js';
import type { CommonKey, OrganizationKey } from '../../internal/translation.js';
import { sdgLabel, sdgLabelContent, type ReferenceController } from '../../internal/reference-controller.js';
import type { DirectoryQuery } from './directory-query.js';

/** Values shown per facet before "Show all" (selected values are always shown). */
export const FACET_LIMIT = 6;

export interface FacetContext {
  localize: LocalizeController<CommonKey | OrganizationKey>;
  reference: ReferenceController;
  /** The language data and reference names are shown in. */
  language: Language;
  /** Facets whose every value is shown. */
  expanded: ReadonlySet<OrganizationFacet>;
  toggle(facet: OrganizationFacet, value: string, on: boolean): void;
  expand(facet: OrganizationFacet, on: boolean): void;
  remove(facet: OrganizationFacet, value: string): void;
  clear(): void;
}

export interface Label {
  text: string;
  /** Set when the text is not in the element's language (a fallback, an English tag). */
  lang?: string | undefined;
  /** What to render when it is more than `text`: parts in yet another language, marked. */
  content?: string | TemplateResult | undefined;
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

function languageName(code: string, language: Language): string {
  if (!languageNames.has(language)) {
    try {
      languageNames.set(language, new Intl.DisplayNames([language], { type: 'language' }));
    } catch {
      languageNames.set(language, null);
    }
  }
  try {
    return languageNames.get(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The label of one facet value in the element's language. `label` is the one the search
 * gives (a field of interest's concept label, in the query's language).
 */
export function facetValueLabel(facet: OrganizationFacet, value: string, context: FacetContext, label?: string): Label {
  const { localize, reference, language } = context;
  const ui = localize.uiLanguage;
  const own = (text: string): Label => ({ text, lang: ui !== language ? ui : undefined });
  const picked = (label: { text: string; lang?: string | undefined }): Label => ({
    text: label.text,
    lang: label.lang && label.lang !== language ? label.lang : undefined,
  });
  switch (facet) {
    case 'standing':
      return own(localize.term(`standing.${value as 'official'}`));
    case 'status':
      return own(localize.term(`status.${value as 'associate'}`));
    case 'kind':
      return own(localize.term(`kind.${value as 'ngo'}`));
    case 'region':
      return own(localize.term(`region.${value as 'africa'}`));
    case 'scope':
      return own(localize.term(`scope.${value as 'local'}`));
    case 'group':
      return own(localize.term('electoralGroup', { group: value.replace(/^V([ab])$/, 'V($1)') }));
    case 'sdg': {
      // The pattern is the UI's, the title the data language's (or a fallback's): each is marked.
      const label = sdgLabel(Number(value), language, localize);
      return { ...own(label.text), content: sdgLabelContent(label, ui) };
    }
    case 'sector':
      return picked(reference.sectorName(value, language));
    case 'country':
    case 'hq':
      return picked(reference.countryName(value, language));
    case 'language':
      return own(languageName(value, ui));
    case 'interest':
      // A concept of the vocabulary: its label from the search (the API's), else its id.
      return { text: label ?? value };
  }
}

/** Counts to list for a facet: the API's or the index's, plus selected values missing from them. */
function valuesOf(facet: OrganizationFacet, counts: Partial<FacetCounts>, query: DirectoryQuery): FacetCount[] {
  const list = counts[facet] ?? [];
  const selected = query.filters[facet] ?? [];
  const missing = selected.filter((value) => !list.some((entry) => entry.value === value));
  return missing.length ? [...list, ...missing.map((value) => ({ value, count: 0 }))] : list;
}

function renderFacet(facet: OrganizationFacet, counts: Partial<FacetCounts>, query: DirectoryQuery, context: FacetContext) {
  const { localize } = context;
  const all = valuesOf(facet, counts, query);
  if (all.length === 0) return nothing;
  const selected = new Set(query.filters[facet] ?? []);
  const expanded = context.expanded.has(facet);
  const shown = expanded || all.length <= FACET_LIMIT ? all : all.filter((entry, i) => i < FACET_LIMIT || selected.has(entry.value));
  const ui = localize.uiLanguage;
  return html`<fieldset part="facet" data-facet=${facet}>
    <legend part="facet-legend" lang=${ui}>${localize.term(`facet.${facet}`)}</legend>
    <ul part="facet-options" role="list">
      ${repeat(
        shown,
        (entry) => entry.value,
        (entry) => {
          const label = facetValueLabel(facet, entry.value, context, entry.label);
          const checked = selected.has(entry.value);
          return html`<li>
            <label part=${checked ? 'facet-option facet-option-selected' : 'facet-option'}>
              <input
                part="facet-checkbox"
                type="checkbox"
                .checked=${checked}
                value=${entry.value}
                @change=${(event: Event) => context.toggle(facet, entry.value, (event.target as HTMLInputElement).checked)}
              />
              <span part="facet-label" lang=${label.lang ?? nothing}>${label.content ?? label.text}</span>
              <span part="facet-count">${localize.number(entry.count)}</span>
            </label>
          </li>`;
        },
      )}
    </ul>
    ${all.length > FACET_LIMIT
      ? html`<button
          part="facet-more"
          type="button"
          lang=${ui}
          aria-expanded=${expanded ? 'true' : 'false'}
          @click=${() => context.expand(facet, !expanded)}
        >
          ${expanded ? localize.term('showFewerValues') : localize.term('showAllValues', { count: all.length })}
        </button>`
      : nothing}
  </fieldset>`;
}

/** One fieldset per facet, native checkboxes with the count in the label (InstantSearch's markup). */
export function renderFacets(
  facets: readonly OrganizationFacet[],
  counts: Partial<FacetCounts> | undefined,
  query: DirectoryQuery,
  context: FacetContext,
): TemplateResult | typeof nothing {
  if (!counts || facets.length === 0) return nothing;
  const fieldsets = facets.map((facet) => renderFacet(facet, counts, query, context));
  if (fieldsets.every((fieldset) => fieldset === nothing)) return nothing;
  return html`<div part="facets" role="group" aria-label=${context.localize.term('filtersLabel')}>${fieldsets}</div>`;
}

/** Removable chips for every active filter, plus "Clear all". */
export function renderChips(facets: readonly OrganizationFacet[], query: DirectoryQuery, context: FacetContext, counts?: Partial<FacetCounts>) {
  const { localize } = context;
  // Filters from the URL or `query` on facets that are not shown still get a chip.
  const order = [...facets, ...(Object.keys(query.filters) as OrganizationFacet[]).filter((f) => !facets.includes(f))];
  const chips = order.flatMap((facet) => (query.filters[facet] ?? []).map((value) => ({ facet, value })));
  if (chips.length === 0) return nothing;
  return html`<div part="chips" role="group" aria-label=${localize.term('activeFilters')}>
    <ul part="chip-list" role="list">
      ${repeat(
        chips,
        (chip) => `${chip.facet}\u0000${chip.value}`,
        (chip) => {
          const label = facetValueLabel(chip.facet, chip.value, context, counts?.[chip.facet]?.find((entry) => entry.value === chip.value)?.label);
          return html`<li>
            <button
              part="chip"
              type="button"
              data-facet=${chip.facet}
              data-value=${chip.value}
              aria-label=${localize.term('removeFilter', { label: label.text })}
              @click=${() => context.remove(chip.facet, chip.value)}
            >
              <bdi lang=${label.lang ?? nothing}>${label.content ?? label.text}</bdi><span part="chip-remove" aria-hidden="true">×</span>
            </button>
          </li>`;
        },
      )}
    </ul>
    <button part="clear-filters" type="button" @click=${() => context.clear()}>${localize.term('clearFilters')}</button>
  </div>`;
}
