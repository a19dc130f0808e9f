/// <reference types="node" />
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CDN_DIR, VERSION, built, openPage, plainPage, useTwoOrigins } from './two-origins.js';

const sha384 = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const sriFile = (): Record<string, string> => JSON.parse(readFileSync(join(CDN_DIR, 'sri.json'), 'utf8'));

describe.skipIf(!built)('the build: sri.json, classic loaders and precompressed files in dist/cdn (run `npm run build` first)', () => {
  test('sri.json has the sha384 of every entry file: each widget module and its classic loader', () => {
    const entries = readdirSync(CDN_DIR).filter((name) => name.endsWith('.js'));
    const sri = sriFile();
    expect(Object.keys(sri).sort()).toEqual(entries.sort());
    expect(entries.filter((name) => name.endsWith('.classic.js'))).toHaveLength(entries.length / 2);
    for (const file of entries) expect(sri[file], file).toBe(sha384(readFileSync(join(CDN_DIR, file))));
  });

  test('every script over 1 kB has a .br and a .gz beside it that decode to its bytes', () => {
    const scripts = readdirSync(CDN_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    let checked = 0;
    for (const name of scripts) {
      const bytes = readFileSync(join(CDN_DIR, name));
      if (bytes.length < 1024) continue;
      expect(brotliDecompressSync(readFileSync(join(CDN_DIR, `${name}.br`))).equals(bytes), name).toBe(true);
      expect(gunzipSync(readFileSync(join(CDN_DIR, `${name}.gz`))).equals(bytes), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe.skipIf(!built)('/widgets/{version}/ served by a Liaison server', () => {
  const origins = useTwoOrigins();

  test('the served sri.json matches the hash of the bytes served for every entry, in every encoding', async () => {
    const base = `${origins.liaison}/widgets/${VERSION}/`;
    const sri = (await (await fetch(`${base}sri.json`)).json()) as Record<string, string>;
    expect(Object.keys(sri)).toContain('ngo-directory.js');
    for (const [file, hash] of Object.entries(sri)) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        // fetch decodes Content-Encoding, as a browser does before it checks integrity.
        const response = await fetch(`${base}${file}`, { headers: { 'accept-encoding': encoding } });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(sha384(new Uint8Array(await response.arrayBuffer())), `${file} (${encoding})`).toBe(hash);
      }
    }
  });

  test('Chromium runs a module pinned with integrity from sri.json, and refuses it with a wrong hash', async () => {
    const { liaison, page: pageServer, browser } = origins;
    const sri = sriFile();
    const src = `${liaison}/widgets/${VERSION}/ngo-organization-profile.js`;
    const wrong = sri['ngo-directory.js']!;
    pageServer.add('/pinned.html', plainPage(`<script type="module" src="${src}" integrity="${sri['ngo-organization-profile.js']}" crossorigin="anonymous"></script>`));
    pageServer.add('/tampered.html', plainPage(`<script type="module" src="${src}" integrity="${wrong}" crossorigin="anonymous"></script>`));

    const { context, page } = await openPage(browser);
    await page.goto(`${pageServer.origin}/pinned.html`);
    await page.waitForFunction(() => customElements.get('ngo-organization-profile') !== undefined, undefined, { timeout: 20_000 });
    // The control: the same page with another file's hash never defines the element.
    const blocked = new Promise<string>((resolve) => page.on('console', (message) => message.type() === 'error' && resolve(message.text())));
    await page.goto(`${pageServer.origin}/tampered.html`);
    expect(await blocked).toMatch(/integrity/i);
    expect(await page.evaluate(() => customElements.get('ngo-organization-profile') === undefined)).toBe(true);
    await context.close();
  });
});
