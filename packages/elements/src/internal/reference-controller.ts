import type { ReactiveController } from 'lit';
import { pickLocalized, type Country, type Language, type PickedText, type Sector } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';

interface ReferenceData {
  countries: Map<string, Country>;
  sectors: Map<string, Sector>;
}

let data: ReferenceData | undefined;
let loading: Promise<ReferenceData | undefined> | undefined;

/**
 * Country names in six languages are the largest thing an element shows, so the reference
 * module is imported on first use: it becomes a separate chunk in the CDN bundle and in the
 * bundles of sites that install the package.
 */
function loadReference(): Promise<ReferenceData | undefined> {
  loading ??= import('@ngo-liaison/core/reference').then(
    ({ COUNTRIES, SECTORS }) =>
      (data = {
        countries: new Map(COUNTRIES.map((country) => [country.code, country])),
        sectors: new Map(SECTORS.map((sector) => [sector.code, sector])),
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
 * Country and sector names from core's curated reference data (UN usage, not
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

  countryName(code: string, language: Language): PickedText | { text: string; lang?: undefined } {
    return pickLocalized(data?.countries.get(code)?.name, language) ?? { text: code };
  }

  sectorName(code: string, language: Language): PickedText | { text: string; lang?: undefined } {
    return pickLocalized(data?.sectors.get(code)?.name, language) ?? { text: code };
  }
}
