/*
 * Figures and tables, printed the way the vitest benches print theirs (bench/*.bench.ts):
 * a title line, then two aligned columns.
 */

/** One frame at 60 Hz: the issue's budget for both widgets. */
export const FRAME_MS = 16;

/** Nearest-rank percentile (the same definition as bench/directory-harness.ts). */
export function percentile(values, p) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : 'n/a');

export function report(title, rows) {
  const width = Math.max(...rows.map(([key]) => key.length));
  console.log(`\n${title}\n${rows.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`).join('\n')}`);
}

/** p50, p95, max and the verdict against one frame. */
export function latencyRows(label, durations) {
  const p95 = percentile(durations, 95);
  return [
    [`${label} p50`, ms(percentile(durations, 50))],
    [`${label} p95`, `${ms(p95)} (budget: one ${FRAME_MS} ms frame → ${p95 <= FRAME_MS ? 'met' : 'NOT met'})`],
    [`${label} max`, ms(Math.max(...durations))],
  ];
}

/** `p50 / p95` of one column of per-sample phase timings. */
export function phaseRow(phases, index) {
  const column = phases.map((phase) => phase[index]);
  return `${ms(percentile(column, 50))} / ${ms(percentile(column, 95))}`;
}

/**
 * Averages per sample of CDP `Performance.getMetrics` duration deltas (seconds → ms). The
 * session asks for thread CPU time, so time the renderer spent descheduled (a busy
 * machine) is not in them, unlike the wall-clock latencies. Measured in Chromium 156:
 * ScriptDuration counts event listeners and queueMicrotask callbacks but not promise
 * reactions (`await` continuations), and Lit runs every update after an `await`, so for a
 * Lit element it shows the search but hardly any rendering.
 */
export function metricRows(deltas, samples, unit) {
  const per = (name) => (samples ? ms(((deltas[name] ?? 0) * 1000) / samples) : 'n/a');
  return [
    [`ScriptDuration per ${unit} (CDP, CPU, avg)`, `${per('ScriptDuration')}  (leaves out promise continuations, where Lit renders)`],
    [`RecalcStyleDuration per ${unit} (CDP, CPU, avg)`, per('RecalcStyleDuration')],
    [`LayoutDuration per ${unit} (CDP, CPU, avg)`, per('LayoutDuration')],
  ];
}
