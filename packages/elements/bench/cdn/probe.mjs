/*
 * The keystroke probe, run in the page (its source is put into the generated HTML, so it
 * must not use anything from this module's scope). It measures the same thing for the
 * widget and for the plain-DOM peers, with the method of bench/directory-harness.ts:
 *
 *   start: the `input` event's timeStamp (the browser has put the character in the box;
 *          read by a capture listener, before any of the page's own listeners run);
 *   end:   the page's listeners have run (for the widget: the search, and Lit's updates of
 *          the directory and its cards, which run as microtasks between listeners), every
 *          `updateComplete` has resolved, and a geometry read on the results has forced
 *          style and layout. Painting is not included.
 *
 * Why not from `keydown`: the test driver delivers a key's `keydown` and its character in
 * separate DevTools messages; the gap between them is the driver's, not the page's.
 */
export function installKeystrokeProbe(kind) {
  const durations = [];
  /** The search box's text after each measured keystroke. */
  const texts = [];
  /** Per keystroke: [input event queued → dispatched, the page's input listeners, updates + style + layout]. */
  const phases = [];
  let stamp = 0;
  let dispatchedAt = 0;
  let text = '';
  let pending = Promise.resolve();
  let root;
  let settle;
  if (kind === 'directory') {
    const el = document.querySelector('ngo-directory');
    root = el.shadowRoot;
    settle = async () => {
      await el.updateComplete;
      const cards = [...root.querySelectorAll('ngo-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      root.querySelector('[part="results"]').getBoundingClientRect();
    };
  } else {
    root = document;
    settle = async () => {
      document.getElementById('results').getBoundingClientRect();
    };
  }
  // The input is inside the directory's shadow root: the event reaches a listener there in
  // the capture phase before the input's own listeners, and in the bubble phase after them.
  root.addEventListener(
    'input',
    (event) => {
      stamp = event.timeStamp;
      dispatchedAt = performance.now();
      text = event.composedPath()[0].value;
    },
    { capture: true },
  );
  root.addEventListener('input', () => {
    const start = stamp;
    const dispatched = dispatchedAt;
    const typed = text;
    const handled = performance.now();
    performance.mark(`${kind}:input`, { startTime: start });
    pending = settle().then(() => {
      const end = performance.now();
      performance.mark(`${kind}:rendered`, { startTime: end });
      durations.push(performance.measure(`${kind}:keystroke`, { start, end }).duration);
      phases.push([dispatched - start, handled - dispatched, end - handled]);
      texts.push(typed);
    });
  });
  // People type a key every 100–250 ms: the previous keystroke's frame is painted before the
  // next key, or its paint would be counted in the next keystroke's latency.
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__probe = {
    durations,
    phases,
    texts,
    settled: () => pending.then(nextFrame),
    count: () => durations.length,
  };
}
