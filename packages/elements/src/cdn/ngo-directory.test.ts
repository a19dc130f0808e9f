import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, mount, shadow, waitForState } from '../../test/dom.js';
import { ORGANIZATIONS } from '../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../test/msw.js';

// The built CDN file, loaded the way a partner site loads it. Skipped before `npm run build`.
const CDN_URL = '/dist/cdn/ngo-directory.js';
const built = await fetch(CDN_URL, { method: 'HEAD' }).then((r) => r.ok && !r.headers.get('content-type')?.includes('html'), () => false);

useMockServiceWorker();
afterEach(cleanup);

type Directory = HTMLElement & { state: string; updateComplete: Promise<boolean> };

describe.skipIf(!built)('dist/cdn/ngo-directory.js (run `npm run build` first)', () => {
  test('one <script type="module"> registers <ngo-directory> and <ngo-card>', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = CDN_URL;
    document.head.append(script);
    await customElements.whenDefined('ngo-directory');
    expect(customElements.get('ngo-card')).toBeDefined();
    expect((customElements.get('ngo-directory') as { version?: string }).version).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('searching its own data never downloads the API client; the search index is a lazy chunk', async () => {
    await customElements.whenDefined('ngo-directory');
    performance.setResourceTimingBufferSize(5_000);
    performance.clearResourceTimings();
    const el = mount<Directory & { items: unknown }>('<ngo-directory></ngo-directory>');
    el.items = ORGANIZATIONS;
    await waitForState(el, 'list');
    const loaded = () => performance.getEntriesByType('resource').map((entry) => entry.name);
    await expect.poll(() => loaded().some((name) => /\/dist\/cdn\/chunks\/ngo-directory\/local-backend-[\w-]+\.js$/.test(name))).toBe(true);
    // The client (transport and response schemas) is a chunk of its own, fetched only for api-base.
    expect(loaded().some((name) => /\/chunks\/ngo-directory\/organizations-client-[\w-]+\.js$/.test(name))).toBe(false);
  });

  test('loads the Arabic strings and country names as lazy chunks', async () => {
    await customElements.whenDefined('ngo-directory');
    // The test runner's own modules fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(5_000);
    worker.use(...createHandlers({ organizations: ORGANIZATIONS }));
    const el = mount<Directory>('<ngo-directory api-base="/v1" lang="ar"></ngo-directory>');
    await waitForState(el, 'list');
    await expect.poll(() => shadow(el, '[part="count"]')?.textContent).toMatch(/منظمات$/);
    const loaded = () => performance.getEntriesByType('resource').map((entry) => entry.name);
    await expect.poll(() => loaded().some((name) => /\/dist\/cdn\/chunks\/ngo-directory\/other-areas-[\w-]+\.js$/.test(name))).toBe(true);
    await expect.poll(() => loaded().some((name) => /\/dist\/cdn\/chunks\/ngo-directory\/reference-[\w-]+\.js$/.test(name))).toBe(true);
    // The event widgets' strings are chunks of their own, which the directory never loads.
    expect(loaded().some((name) => /\/chunks\/ngo-directory\/events-/.test(name))).toBe(false);
    // With api-base, the client chunk the previous test must not have fetched.
    expect(loaded().some((name) => /\/dist\/cdn\/chunks\/ngo-directory\/organizations-client-[\w-]+\.js$/.test(name))).toBe(true);
  });

  test('the profile bundle beside it shares <ngo-card> without a warning (same version)', async () => {
    await customElements.whenDefined('ngo-directory');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/ngo-organization-profile.js';
    document.head.append(script);
    await customElements.whenDefined('ngo-organization-profile');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test('a copy of another version warns once per tag instead of throwing, naming both versions', async () => {
    await customElements.whenDefined('ngo-directory');
    const cdnVersion = (customElements.get('ngo-directory') as { version?: string }).version;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The library from source (version "test"): it registers <ngo-card> directly and again
    // as the directory's dependency, and every tag the CDN files already took.
    await import('../define.js');
    // Lit also warns that two copies of Lit are loaded: ours start with the package name.
    const ours = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('@ngo-liaison/elements:'));
    const tags = ours.map((message) => message.match(/<([\w-]+)>/)?.[1]);
    expect(tags).toEqual(expect.arrayContaining(['ngo-card', 'ngo-directory', 'ngo-organization-profile']));
    expect(new Set(tags).size).toBe(tags.length);
    expect(ours[0]).toContain(`version ${cdnVersion}`);
    expect(ours[0]).toContain('version test');
    warn.mockRestore();
  });
});
