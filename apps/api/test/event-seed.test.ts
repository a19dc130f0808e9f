import { describe, expect, it } from 'vitest';
import { sampleEvents } from '@ngo-liaison/core/sample-data';
import type { ForumEvent } from '@ngo-liaison/core';
import { SeedError, startServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';

const noStatic = { widgetsDir: null, demoDir: null, port: 0, host: '127.0.0.1' } as const;

async function event(url: string, id: string): Promise<ForumEvent> {
  return (await (await fetch(`${url}/v1/events/${id}`)).json()) as ForumEvent;
}

describe('event seeding', () => {
  it('keeps events unchanged within a month and revises them (SEQUENCE + 1) when the demo dates move', async () => {
    const db = await tempDatabase();
    try {
      const november = new Date('2026-11-27T10:00:00Z');
      let server = await startServer({ ...noStatic, ...db.location, now: () => november });
      expect(await event(server.url, 'demo-saltmarsh-heritage-debate')).toMatchObject({ sequence: 0, updatedAt: '2026-11-01T00:00:00Z' });
      await server.close();

      server = await startServer({ ...noStatic, ...db.location, now: () => new Date('2026-11-30T08:00:00Z') });
      expect(await event(server.url, 'demo-saltmarsh-heritage-debate')).toMatchObject({ sequence: 0 });
      await server.close();

      const december = new Date('2026-12-02T08:00:00Z');
      server = await startServer({ ...noStatic, ...db.location, now: () => december });
      const moved = await event(server.url, 'demo-saltmarsh-heritage-debate');
      expect(moved).toMatchObject({ sequence: 1, updatedAt: '2026-12-02T08:00:00.000Z' });
      expect(moved.when).toMatchObject({ start: '2027-01-06T13:00:00Z' });
      // Real events never move: still at sequence 0.
      expect(await event(server.url, 'icngo-2018')).toMatchObject({ sequence: 0 });
      const ics = await (await fetch(`${server.url}/v1/events/demo-saltmarsh-heritage-debate.ics`)).text();
      expect(ics).toContain('SEQUENCE:1\r\n');
      await server.close();
    } finally {
      await db.cleanup();
    }
  });

  it('refuses invalid events, naming the event and the field, and leaves no database behind', async () => {
    const db = await tempDatabase();
    try {
      const [valid] = sampleEvents(new Date('2026-11-27T00:00:00Z'));
      const broken = {
        ...valid!,
        id: 'broken-event',
        when: { allDay: false, start: '2026-12-02T10:00:00Z', end: '2026-12-02T09:00:00Z', timeZone: 'Europe/Paris' },
      };
      const attempt = startServer({ ...noStatic, ...db.location, events: [valid, broken] });
      await expect(attempt).rejects.toBeInstanceOf(SeedError);
      await expect(attempt).rejects.toMatchObject({
        problems: expect.arrayContaining([{ path: 'events[broken-event].when.end', message: 'must not be before when.start (2026-12-02T10:00:00Z)' }]),
      });
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it('refuses a fictional event naming an organisation that is not stored', async () => {
    const db = await tempDatabase();
    try {
      const demo = sampleEvents(new Date('2026-11-27T00:00:00Z')).find((e) => e.id.startsWith('demo-'))!;
      const orphan = { ...demo, organizers: [{ role: 'host-ngo', organizationId: 'demo-nobody', name: { en: 'Nobody' } }] };
      await expect(startServer({ ...noStatic, ...db.location, events: [orphan] })).rejects.toMatchObject({
        problems: [{ path: `events[${demo.id}].organizers[0].organizationId`, message: 'unknown organisation "demo-nobody"' }],
      });
    } finally {
      await db.cleanup();
    }
  });
});
