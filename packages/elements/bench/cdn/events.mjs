import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validateEvents } from '@ngo-liaison/core';

/*
 * The calendar's data: the tests' own generator (test/forum-events.ts, compiled here with
 * esbuild since this folder has no TypeScript step), and the second set calendar.bench.ts
 * derives from it. All fictional (`demo-*` ids, provenance.fictional), like the tests'.
 * Both sets are checked against core's ForumEvent schema and rules before the run.
 */
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('../../test/forum-events.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { manyEvents } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);

/** Two sets of `count` November 2026 events that differ in every event, validated. */
export function calendarDataSets(count) {
  const a = manyEvents(count);
  const b = manyEvents(count).map((event, i) => ({ ...event, id: `${event.id}-b`, title: { en: `Other event ${i}`, fr: `Autre ${i}` } }));
  for (const [name, set] of [['A', a], ['B', b]]) {
    const { ok, problems } = validateEvents(set);
    if (!ok) throw new Error(`calendar data set ${name} does not validate: ${problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return [a, b];
}
