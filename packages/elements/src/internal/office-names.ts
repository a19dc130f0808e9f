import type { ReactiveController } from 'lit';
import { pickLocalized, type FieldOffice, type Language, type PickedText } from '@ngo-liaison/core';
import type { LiaisonElement } from './liaison-element.js';

let offices: Map<string, FieldOffice> | undefined;
let loading: Promise<Map<string, FieldOffice> | undefined> | undefined;

/** Field-office names come with the reference chunk (loaded lazily, as country names are). */
function loadOffices(): Promise<Map<string, FieldOffice> | undefined> {
  loading ??= import('./office-data.js').then(
    ({ FIELD_OFFICES }) => (offices = new Map(FIELD_OFFICES.map((office) => [office.code, office]))),
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/** Names of field offices in the six languages; the code until the data has loaded. */
export class OfficeNamesController implements ReactiveController {
  readonly #host: LiaisonElement;

  constructor(host: LiaisonElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!offices) this.#host.trackPending(loadOffices().then((loaded) => loaded && this.#host.requestUpdate()));
  }

  name(code: string, language: Language): PickedText | { text: string; lang?: undefined } {
    return pickLocalized(offices?.get(code)?.name, language) ?? { text: code };
  }
}
