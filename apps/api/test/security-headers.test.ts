import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';

let server: RunningServer;
const db = await tempDatabase();

// The demo pages are served from the repository (apps/demo/public); the widgets folder is a
// stand-in, so the test needs no build of the elements.
beforeAll(async () => {
  const widgetsDir = mkdtempSync(join(tmpdir(), 'liaison-widgets-'));
  writeFileSync(join(widgetsDir, 'ngo-directory.js'), 'export {};\n');
  server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, widgetsDir });
});
afterAll(async () => {
  await server.close();
  await db.cleanup();
});

const headersOf = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  await response.arrayBuffer();
  return { status: response.status, headers: response.headers };
};

describe('security headers on every area', () => {
  it.each(['/', '/demo/index.html', '/demo/programmes.html', '/demo/demo.css'])('demo %s: the strict CSP, nosniff, frame and referrer policy', async (path) => {
    const { status, headers } = await headersOf(path);
    expect(status).toBe(200);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('referrer-policy')).toBeTruthy();
  });

  it.each(['/v1/organizations', '/v1/events.ics', '/healthz', '/v1/no-such-route', '/no-such-page'])(
    'API %s: nosniff, no framing, no referrer, loadable from other origins',
    async (path) => {
      const { headers } = await headersOf(path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
  );

  it('widgets: nosniff, and partner sites on other origins may still load them (CORP cross-origin)', async () => {
    const { status, headers } = await headersOf('/widgets/ngo-directory.js');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/javascript/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(headers.get('access-control-allow-origin')).toBe('*');
  });
});
