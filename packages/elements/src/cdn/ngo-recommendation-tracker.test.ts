import { afterEach, describe, expect, test } from 'vitest';
import { followedUpRecommendation, useDialogueHandlers } from '../../test/dialogue-path.js';
import { cleanup, mount, shadowAll } from '../../test/dom.js';
import { useMockServiceWorker } from '../../test/msw.js';
import { WRITE_API } from '../../test/write-path.js';

// The built CDN file, loaded the way a partner site loads it. Skipped before `npm run build`.
const CDN_URL = '/dist/cdn/ngo-recommendation-tracker.js';
const built = await fetch(CDN_URL, { method: 'HEAD' }).then((r) => r.ok && !r.headers.get('content-type')?.includes('html'), () => false);

useMockServiceWorker();
afterEach(cleanup);

type Tracker = HTMLElement & { state: string; client?: unknown; updateComplete: Promise<boolean> };
const chunkLoaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
const CLIENT_CHUNK = /\/dist\/cdn\/chunks\/ngo-recommendation-tracker\/recommendations-client-[\w-]+\.js$/;

describe.skipIf(!built)('dist/cdn/ngo-recommendation-tracker.js (run `npm run build` first)', () => {
  test('one <script type="module"> registers it; the read-only client is a chunk fetched only for api-base', async () => {
    performance.setResourceTimingBufferSize(5_000);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = CDN_URL;
    document.head.append(script);
    await customElements.whenDefined('ngo-recommendation-tracker');
    expect(chunkLoaded(CLIENT_CHUNK)).toBe(false);

    useDialogueHandlers();
    await followedUpRecommendation();
    const el = mount<Tracker>(`<ngo-recommendation-tracker api-base="${WRITE_API}" country="SN"></ngo-recommendation-tracker>`);
    await expect.poll(() => el.state, { timeout: 10_000 }).toBe('ready');
    await el.updateComplete;
    expect(shadowAll(el, '[part="step"]').map((step) => step.dataset.status)).toEqual(['received', 'in-progress']);
    expect(chunkLoaded(CLIENT_CHUNK)).toBe(true);
    // No write code: the bundle never fetches the whole client's chunks.
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/chunks/ngo-recommendation-tracker/')).map((entry) => entry.name)).not.toContainEqual(expect.stringMatching(/write/));
  });
});
