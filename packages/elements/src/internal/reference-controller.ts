import { html, type ReactiveController, type TemplateResult } from 'lit';
import { pickLocalized, type Country, type Language, type PickedText, type Sdg, type Sector } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';
import type { LocalizeController } from './localize-controller.js';
import type { CommonKey } from './translation.js';

interface ReferenceData {
  countries: Map<string, Country>;
  sectors: Map<string, Sector>;
  sdgs: Map<number, Sdg>;
}

/** An SDG's label ("SDG 4: Quality education") and the goal's title inside it. */
export interface SdgLabel {
  /** The whole label, in the pattern of the UI language. */
  text: string;
  /** The title within `text` and the language it is in; missing until the titles have loaded. */
  title?: PickedText | undefined;
}

let data: ReferenceData | undefined;
let loading: Promise<ReferenceData | undefined> | undefined;

/**
 * Country names in six languages are the largest thing an element shows, so the reference
 * module is imported on first use: it becomes a separate chunk in the CDN bundle and in the
 * bundles of sites that install the package.
 */
function loadReference(): Promise<ReferenceData | undefined> {
  loading ??= import('./reference.js').then(
    ({ COUNTRIES, SECTORS, SDGS }) =>
      (data = {
        countries: new Map(COUNTRIES.map((country) => [country.code, country])),
        sectors: new Map(SECTORS.map((sector) => [sector.code, sector])),
        sdgs: new Map(SDGS.map((sdg) => [sdg.number, sdg])),
      }),
    () => {
      // The chunk failed to load (offline CDN): codes are shown, and the next element retries.
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/**
 * Country and sector names and SDG titles from core's curated reference data (UN usage, not
 * Intl.DisplayNames). Until the data has loaded, and for unknown codes, the code is shown.
 */
export class ReferenceController implements ReactiveController {
  readonly #host: LiaisonElement;

  constructor(host: LiaisonElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!data) this.#host.trackPending(loadReference().then((loaded) => loaded && this.#host.requestUpdate()));
  }

  /** Whether the names have loaded (they load once per page; until then codes are shown). */
  get ready(): boolean {
    return data !== undefined;
  }

  countryName(code: string, language: Language): PickedText | { text: string; lang?: undefined } {
    return pickLocalized(data?.countries.get(code)?.name, language) ?? { text: code };
  }

  sectorName(code: string, language: Language): PickedText | { text: string; lang?: undefined } {
    return pickLocalized(data?.sectors.get(code)?.name, language) ?? { text: code };
  }
}

/**
 * "SDG 4: Quality education" in the UI language's pattern (`sdgTitle`), the title in
 * `language`; "SDG 4" (`sdg`) until the titles have loaded and for numbers outside 1–17.
 * For elements with a ReferenceController (it loads the titles and renders again). A
 * function rather than a method, so elements that show no SDG do not carry it.
 */
export function sdgLabel(goal: number, language: Language, localize: LocalizeController<CommonKey>): SdgLabel {
  const title = pickLocalized(data?.sdgs.get(goal)?.title, language);
  if (!title) return { text: localize.term('sdg', { number: goal }) };
  return { text: localize.term('sdgTitle', { number: goal, title: title.text }), title };
}

/** The label to render: its title in a span with the title's `lang` when that is not `around`. */
export function sdgLabelContent({ text, title }: SdgLabel, around: Language): string | TemplateResult {
  const parts = title && title.lang !== around ? text.split(title.text) : [];
  return parts.length === 2 ? html`${parts[0]}<span lang=${title!.lang}>${title!.text}</span>${parts[1]}` : text;
}
