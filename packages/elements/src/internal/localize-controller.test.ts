import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, mount } from '../../test/dom.js';
import { enCommon } from '../translations/en/common.js';
import { enEvents } from '../translations/en/events.js';
import { errorMessage } from './error-message.js';
import { LiaisonElement } from './liaison-element.js';
import { LocalizeController } from './localize-controller.js';
import { loadOtherAreas } from '../translations/load-other-areas.js';
import type { TermKey } from './translation.js';

// A French module that lacks most keys (as when English gains a key before the translators
// have it): what it has is shown in French, the rest in English.
vi.mock('../translations/fr/other-areas.js', () => ({ default: { $lang: 'fr', retry: 'Réessayer' } }));

/** An element that bundles the common English area only. */
class LocalizeProbe extends LiaisonElement {
  readonly strings = new LocalizeController(this, [enCommon], loadOtherAreas);

  override render() {
    return html`${this.strings.term('retry')}`;
  }
}
LocalizeProbe.define('test-localize-probe');

afterEach(cleanup);

async function probe(lang: string): Promise<LocalizeProbe> {
  const el = mount<LocalizeProbe>(`<test-localize-probe lang="${lang}"></test-localize-probe>`);
  await el.updateComplete;
  return el;
}

describe('LocalizeController', () => {
  test("shows the element's English areas, with numbers and plural-free placeholders filled", async () => {
    const el = await probe('en');
    expect(el.shadowRoot!.textContent).toBe('Retry');
    expect(el.strings.uiLanguage).toBe('en');
    expect(el.strings.term('errorHttp', { status: '503' })).toBe('The server answered with an error (HTTP 503).');
    expect(el.strings.term('sdg', { number: 4 })).toBe('SDG 4');
  });

  test('a key missing from a loaded locale falls back to English', async () => {
    const el = await probe('fr');
    expect(el.strings.uiLanguage).toBe('fr');
    expect(el.shadowRoot!.textContent).toBe('Réessayer');
    expect(el.strings.term('loading')).toBe(enCommon.loading);
  });

  test('a key outside the declared areas shows the key and reports it, never "undefined"', async () => {
    const el = await probe('en');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Only reachable past the compiler: see the type checks below.
      const key = 'searchLabel' as TermKey as 'retry';
      expect(el.strings.term(key)).toBe('searchLabel');
      expect(el.strings.plural('calendar.dayCount' as never, 2)).toBe('calendar.dayCount');
      expect(error).toHaveBeenCalledTimes(2);
    } finally {
      error.mockRestore();
    }
  });
});

// Compile-time checks (`tsc --noEmit` fails if an expected error disappears): an element's
// controller takes only the keys of the areas it declared, and a helper's stated keys must
// be among them.
export function typeChecks(host: LiaisonElement): void {
  const common = new LocalizeController(host, [enCommon], loadOtherAreas);
  const events = new LocalizeController(host, [enEvents], loadOtherAreas);
  const both = new LocalizeController(host, [enCommon, enEvents], loadOtherAreas);
  common.term('retry');
  both.term('calendar.today');
  both.plural('calendar.dayCount', 2);
  // @ts-expect-error: organisation strings were not declared
  common.term('searchLabel');
  // @ts-expect-error: a plural key is not a term
  both.term('calendar.dayCount');
  errorMessage(common, undefined);
  errorMessage(both, undefined);
  // @ts-expect-error: errorMessage needs the common area
  errorMessage(events, undefined);
}
