import type { NgoCard } from '../src/components/ngo-card/ngo-card.element.js';
import type { NgoDirectory } from '../src/components/ngo-directory/ngo-directory.element.js';

/**
 * Keystroke → rendered, measured with performance marks in the page itself: from the
 * `input` event's timestamp (the browser has put the typed character in the box) to the
 * moment the directory and every card have re-rendered and layout has been computed
 * (forced with a geometry read, so the frame's style and layout work is inside the
 * measure). Painting is not included.
 *
 * Why not from `keydown`: Playwright types through the DevTools protocol, which delivers
 * a key's `keydown` and its character in separate messages; the gap between them (up to
 * ~90 ms on a busy machine) is the test driver's, not the page's. It is reported apart.
 */
export class KeystrokeProbe {
  readonly durations: number[] = [];
  /** Where the time went, per keystroke: [key event → input event, search + render, (left over), style + layout]. */
  readonly phases: number[][] = [];
  readonly #el: NgoDirectory;
  #keyAt = 0;
  #inputAt = 0;
  #pending: Promise<void> = Promise.resolve();
  readonly #onKey = (event: KeyboardEvent) => {
    this.#keyAt = event.timeStamp;
    this.#keyHandledAt = performance.now();
  };
  #keyHandledAt = 0;
  /** Capture phase on the shadow root: runs before the directory's own input listener. */
  readonly #onInputCapture = (event: Event) => {
    this.#inputAt = performance.now();
    this.#inputStamp = event.timeStamp;
  };
  #inputStamp = 0;
  readonly #onInput = () => {
    const start = this.#inputStamp;
    performance.mark('ngo-directory:input', { startTime: start });
    const handled = performance.now();
    this.#pending = this.#rendered(start, this.#inputAt, handled).then(() => {
      performance.mark('ngo-directory:rendered');
      const measure = performance.measure('ngo-directory:keystroke', { start, end: performance.now() });
      this.durations.push(measure.duration);
    });
  };

  constructor(el: NgoDirectory) {
    this.#el = el;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
    // Registered after the directory's own listeners (added when it first rendered), so the
    // search has already run when this one starts waiting for the render.
    input.addEventListener('keydown', this.#onKey);
    el.shadowRoot!.addEventListener('input', this.#onInputCapture, { capture: true });
    input.addEventListener('input', this.#onInput);
  }

  async #rendered(start: number, inputAt: number, handled: number): Promise<void> {
    await this.#el.updateComplete;
    const updated = performance.now();
    const cards = [...this.#el.shadowRoot!.querySelectorAll<NgoCard>('ngo-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const carded = performance.now();
    this.#el.shadowRoot!.querySelector('[part="results"]')?.getBoundingClientRect();
    // The browser runs microtasks between event listeners, so the directory's update and
    // the cards' (all microtasks queued by its own listener) are done by `handled`.
    this.phases.push([this.#keyHandledAt - this.#keyAt, inputAt - this.#keyHandledAt, handled - inputAt, updated - handled + carded - updated, performance.now() - carded]);
  }

  /** Resolves once the last keystroke's render has been measured. */
  settled(): Promise<void> {
    return this.#pending;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const format = (ms: number) => `${ms.toFixed(2)} ms`;

/** What people type: accents, Arabic, Chinese, Cyrillic, a typo, an acronym, a field of interest. */
export const QUERIES = ['musees', 'education', 'literacy', 'heritage', 'youth', 'ocean', 'scienze', 'unesco', 'مجلس', '教育', 'молод', 'water'];
