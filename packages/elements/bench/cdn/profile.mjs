import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ms } from './report.mjs';

/*
 * BENCH_PROFILE=1: one extra round of typing into <ngo-directory>, and extra calendar rounds,
 * under the V8 sampling profiler (CDP Profiler), after the measured runs so the profiler's
 * overhead is in none of the figures above. Self time is attributed to original source
 * files and functions through the CDN bundle's source maps (dist/cdn/*.js.map), so the
 * minified code is reported as the TypeScript it came from.
 */

const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const maps = new Map();

function sourceMapFor(url) {
  const path = new URL(url).pathname;
  if (!path.startsWith('/cdn/')) return undefined;
  if (!maps.has(path)) {
    const file = `${CDN_DIR}${path.slice('/cdn/'.length)}.map`;
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return maps.get(path);
}

/** `../../node_modules/lit-html/lit-html.js` → `lit-html/lit-html.js`; `../../src/x.ts` → `src/x.ts`. */
function shortSource(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) return source.slice(modules + 'node_modules/'.length);
  return source.replace(/^(\.\.\/)+/, '').replace(/^packages\/elements\//, '');
}

function where(callFrame) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url) {
    // (program), (garbage collector), or a built-in such as getBoundingClientRect.
    const name = functionName.startsWith('(') ? functionName : `(built-in) ${functionName || 'anonymous'}`;
    return { file: name, fn: name };
  }
  const entry = sourceMapFor(url)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const file = shortSource(entry.originalSource);
    return { file, fn: `${entry.name || functionName || '(anonymous)'} (${file}:${entry.originalLine + 1})` };
  }
  const file = new URL(url).pathname;
  return { file, fn: `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` };
}

/**
 * Runs `work` under the sampling profiler and summarises self time per original source file
 * and per function, divided by `units` (keystrokes, rounds). Returns [title, rows] for report().
 */
export async function profileWhile(session, work, units, what) {
  const { cdp } = session;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const byFile = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    busy += us;
    const { file, fn } = where(callFrame);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  const per = (us) => `${ms(us / 1000 / units)} (${((us / busy) * 100).toFixed(1)}%)`;
  return [
    `CPU profile: ${what} (sampled every 100 µs, after the measured runs; self time, idle left out; (program) is the browser's own work, e.g. painting; style and layout forced by a geometry read count as getBoundingClientRect)`,
    [
      ['busy (not idle)', per(busy)],
      ...top(byFile, 10).map(([file, us]) => [`file  ${file}`, per(us)]),
      ...top(byFunction, 12).map(([fn, us]) => [`fn    ${fn}`, per(us)]),
    ],
  ];
}

/** One extra round of typing into the directory, profiled. */
export function profileKeystrokes(session) {
  const keys = session.keys.keysPerRound;
  return profileWhile(session, () => session.keys.round({ measured: false }), keys, `one extra round of typing into <ngo-directory> (${keys} keystrokes), per keystroke`);
}
