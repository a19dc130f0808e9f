import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventRepository } from '../src/storage/event-repository.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();
afterEach(() => {
  vi.restoreAllMocks();
});

const get = (path: string, etag?: string) => fetch(`${server.url}${path}`, etag ? { headers: { 'if-none-match': etag } } : {});

/** Counts the reads of event rows the server makes (the real repository still answers). */
function countEventReads() {
  const spies = [vi.spyOn(EventRepository.prototype, 'all'), vi.spyOn(EventRepository.prototype, 'list'), vi.spyOn(EventRepository.prototype, 'get')];
  return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

describe('revision ETags on the event routes', () => {
  it.each(['/v1/events.ics?lang=fr&kind=ngo-forum', '/v1/events?limit=3', '/v1/events/icngo-2018', '/v1/events/icngo-2018.ics?lang=es'])(
    '%s: a revalidation with the current ETag is answered 304 without reading the events',
    async (path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      await first.arrayBuffer();
      const reads = countEventReads();
      const again = await get(path, first.headers.get('etag')!);
      expect(again.status).toBe(304);
      expect(reads()).toBe(0);
    }
  );

  it('serves a feed rendered for this revision and query from the cache, byte for byte', async () => {
    const path = '/v1/events.ics?lang=ar&sector=CLT';
    const first = await (await get(path)).text();
    const reads = countEventReads();
    const second = await (await get(path)).text();
    expect(second).toBe(first);
    expect(reads()).toBe(0);
  });

  it('moves to a new ETag and a fresh feed when another process changes an event', async () => {
    const path = '/v1/events.ics?lang=en';
    const before = await get(path);
    const tag = before.headers.get('etag')!;
    expect(await before.text()).not.toContain('Renamed by another process');

    const other = await server.connect();
    try {
      const row = await other.selectFrom('events').select('data').where('id', '=', 'icngo-2018').executeTakeFirstOrThrow();
      const event = JSON.parse(row.data) as { title: { en: string } };
      event.title.en = 'Renamed by another process';
      await other
        .updateTable('events')
        .set({ data: JSON.stringify(event) })
        .where('id', '=', 'icngo-2018')
        .execute();
    } finally {
      await other.destroy();
    }
    // The node learns of the write from the database's change log, read every 200 ms.
    await expect.poll(async () => (await get(path, tag)).status, { timeout: 2_000, interval: 50 }).toBe(200);

    const after = await get(path, tag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
    expect(await after.text()).toContain('Renamed by another process');
  });
});
