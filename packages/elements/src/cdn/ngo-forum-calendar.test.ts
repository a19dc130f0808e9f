import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, mount, shadow } from '../../test/dom.js';
import { CALENDAR_EVENTS, NOW } from '../../test/forum-events.js';
import { useMockServiceWorker, worker } from '../../test/msw.js';

// The built CDN file, loaded the way a partner site loads it. Skipped before `npm run build`.
const CDN_URL = '/dist/cdn/ngo-forum-calendar.js';
const built = await fetch(CDN_URL, { method: 'HEAD' }).then((r) => r.ok && !r.headers.get('content-type')?.includes('html'), () => false);

useMockServiceWorker();
afterEach(cleanup);

type Calendar = HTMLElement & { state: string; now?: Date; loadedEvents: readonly unknown[]; updateComplete: Promise<boolean> };
const chunkLoaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

describe.skipIf(!built)('dist/cdn/ngo-forum-calendar.js (run `npm run build` first)', () => {
  test('one <script type="module"> registers <ngo-forum-calendar> and <ngo-event-card>', async () => {
    performance.setResourceTimingBufferSize(5_000);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = CDN_URL;
    document.head.append(script);
    await customElements.whenDefined('ngo-forum-calendar');
    expect(customElements.get('ngo-event-card')).toBeDefined();
    // Not loaded until an event is opened.
    expect(customElements.get('ngo-event-detail')).toBeUndefined();
  });

  test('with api-base it needs no further chunk for the month (the client is bundled); opening an event loads the detail view', async () => {
    await customElements.whenDefined('ngo-forum-calendar');
    worker.use(...createHandlers({ baseUrl: '*/v1', events: CALENDAR_EVENTS }));
    const el = mount<Calendar>('<ngo-forum-calendar api-base="/v1" month="2026-11" view="month" time-zone="Asia/Kolkata" lang="fr"></ngo-forum-calendar>');
    el.now = NOW;
    await expect.poll(() => el.loadedEvents.length, { timeout: 10_000 }).toBe(CALENDAR_EVENTS.length);
    expect(chunkLoaded(/\/dist\/cdn\/chunks\/ngo-forum-calendar\/events-client-[\w-]+\.js$/)).toBe(false);
    await expect.poll(() => chunkLoaded(/\/dist\/cdn\/chunks\/ngo-forum-calendar\/fr-[\w-]+\.js$/)).toBe(true);
    await expect.poll(() => shadow(el, '[part="today"]')?.textContent?.trim()).toBe('Aujourd’hui');
    shadow<HTMLElement>(el, '[data-id="demo-paris-debate"]')!.click();
    await customElements.whenDefined('ngo-event-detail');
    await el.updateComplete;
    const detail = shadow(el, 'ngo-event-detail') as HTMLElement & { updateComplete: Promise<boolean> };
    await detail.updateComplete;
    await expect.poll(() => detail.shadowRoot?.querySelector<HTMLAnchorElement>('[part="ics"]')?.getAttribute('href')).toMatch(/\/v1\/events\/demo-paris-debate\.ics\?lang=fr$/);
    expect(chunkLoaded(/\/dist\/cdn\/chunks\/ngo-forum-calendar\/ngo-event-detail-[\w-]+\.js$/)).toBe(true);
    expect(chunkLoaded(/\/dist\/cdn\/chunks\/ngo-forum-calendar\/event-actions-[\w-]+\.js$/)).toBe(true);
  });
});
