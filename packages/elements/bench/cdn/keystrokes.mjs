import { readFileSync } from 'node:fs';

/*
 * Typing, as Playwright does it: one key at a time through the DevTools protocol. Letters on
 * the US layout are real key presses (keydown, input, keyup); Arabic, Chinese and Cyrillic
 * characters are not on it, so Playwright inserts them as text (an `input` event without
 * keys), which is what a committed IME composition or another layout gives the page.
 */

/** bench/directory-harness.ts's list, kept here in case that file cannot be read. */
const FALLBACK_QUERIES = ['musees', 'education', 'literacy', 'heritage', 'youth', 'ocean', 'scienze', 'unesco', 'مجلس', '教育', 'молод', 'water'];

/** The queries of bench/directory-harness.ts (read from it, so the two benches type the same). */
export function harnessQueries() {
  try {
    const source = readFileSync(new URL('../directory-harness.ts', import.meta.url), 'utf8');
    const list = /export const QUERIES = \[([^\]]*)\]/.exec(source)?.[1];
    const queries = list ? [...list.matchAll(/'([^']*)'/g)].map((match) => match[1]) : [];
    if (queries.length) return { queries, from: 'bench/directory-harness.ts' };
  } catch {
    // Fall through to the copy.
  }
  return { queries: FALLBACK_QUERIES, from: 'a copy of bench/directory-harness.ts (file not readable)' };
}

const SETTLE_TIMEOUT_MS = 10_000;

/** Waits, in the page, for the `expected`-th keystroke's measure and then for a painted frame. */
function settled(page, expected) {
  return page.evaluate(
    async ({ expected, timeout }) => {
      const until = performance.now() + timeout;
      while (window.__probe.count() < expected) {
        if (performance.now() > until) throw new Error(`keystroke ${expected} produced no measured input event`);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await window.__probe.settled();
    },
    { expected, timeout: SETTLE_TIMEOUT_MS },
  );
}

/**
 * A keyboard session on a page with the probe installed: `round()` types every query one
 * key at a time and deletes it with Backspace, letting a frame be painted between keys.
 * CDP metrics are accumulated over the rounds passed `measured: true`.
 */
export async function keyboardSession(session, inputSelector, queries) {
  const { page } = session;
  let typed = 0;
  let measuredFrom = -1;
  const totals = {};
  await page.locator(inputSelector).focus();

  /** One key (`type` a character, or press Backspace), then wait for its measure and a painted frame. */
  async function key(char) {
    if (char === undefined) await page.keyboard.press('Backspace');
    else await page.keyboard.type(char);
    typed++;
    await settled(page, typed);
  }

  return {
    /** Keys pressed per round: every character typed, then as many Backspaces. */
    keysPerRound: queries.reduce((n, query) => n + 2 * [...query].length, 0),
    async round({ measured }) {
      if (measured && measuredFrom < 0) measuredFrom = typed;
      const before = measured ? await session.metrics() : undefined;
      for (const query of queries) {
        const chars = [...query];
        for (const char of chars) await key(char);
        // Deleting is typing too.
        for (let i = 0; i < chars.length; i++) await key(undefined);
      }
      if (before) {
        const after = await session.metrics();
        for (const name of Object.keys(after)) totals[name] = (totals[name] ?? 0) + after[name] - (before[name] ?? 0);
      }
    },
    /** The measured keystrokes' durations and phases, and the CDP metric deltas over them. */
    async results() {
      const { durations, phases, texts } = await page.evaluate(() => ({ durations: window.__probe.durations, phases: window.__probe.phases, texts: window.__probe.texts }));
      const from = Math.max(0, measuredFrom);
      return { durations: durations.slice(from), phases: phases.slice(from), texts: texts.slice(from), metrics: totals, typed };
    },
  };
}
