import { generateSyntheticDirectory } from '@ngo-liaison/core/synthetic';
import { afterEach, expect, test } from 'vitest';
import { cleanup, mount, waitForState } from '../../../test/dom.js';
import { listedByDefault } from '../../../test/fixtures.js';
import { countryGroupingOn } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { buildOrganizationIndexInSlices, type OrganizationIndex } from '@ngo-liaison/core/search';
import { timeSlices } from '../../internal/yield-to-main.js';
import { BUILD_STEP } from './local-backend.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

afterEach(cleanup);

/** Every task over 50 ms (the Long Tasks API) while `work` runs, with its duration. */
async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const started = performance.now();
  const observer = new PerformanceObserver((list) => {
    // Tasks that began before (making the 10,000 records) are not the build's.
    for (const entry of list.getEntries()) if (entry.startTime >= started) durations.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  await work();
  // Entries are delivered after the task that ends: give the observer a turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return durations;
}

test('10,000 organisations: the index of the directory builds in short slices (95 % under 50 ms), yielding between them', async () => {
  const items = generateSyntheticDirectory({ size: 10_000, seed: 7 });
  // What LocalBackend.build runs (<ngo-directory> with items or src), each slice timed.
  const { due, pause } = timeSlices();
  const slices: number[] = [];
  let since = performance.now();
  let index: OrganizationIndex | undefined;
  const longTasks = await longTasksDuring(async () => {
    since = performance.now();
    index = await buildOrganizationIndexInSlices(items, {
      countries: countryGroupingOn(COUNTRIES, '2026-12-03'),
      step: BUILD_STEP,
      due,
      pause: async () => {
        slices.push(performance.now() - since);
        await pause();
        since = performance.now();
      },
    });
    slices.push(performance.now() - since);
  });
  expect(index!.size).toBe(10_000);
  expect(index!.search({ limit: 20 }).total).toBe(listedByDefault(items).length);
  expect(slices.length).toBeGreaterThan(20);
  // A slice is ~6 ms of work; garbage collection and a busy machine taking the CPU away make
  // a few much longer on a shared 2-core box, so the longest and the Long Tasks API's view are
  // logged, and the bound is on the 95th percentile (a build in one piece is one slice of ~1 s).
  const sorted = [...slices].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  console.log(`10k build: ${slices.length} slices, p95 ${Math.round(p95)} ms, longest ${Math.round(sorted.at(-1)!)} ms; long tasks seen: ${longTasks.join(', ') || 'none'}`);
  expect(p95).toBeLessThanOrEqual(50);
}, 60_000);

test('the directory shows 10,000 organisations from items, built in slices', async () => {
  const items = generateSyntheticDirectory({ size: 10_000, seed: 7 });
  const el = mount<NgoDirectory>('<ngo-directory page-size="20"></ngo-directory>');
  el.items = items;
  await waitForState(el, 'list');
  expect(el.total).toBe(listedByDefault(items).length);
}, 60_000);
