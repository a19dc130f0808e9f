import { describe, expect, it } from 'vitest';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { SeedError, startServer } from '../src/index.js';
import { tempDatabase } from '../src/testing/temp-database.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const sample = { programmes: SAMPLE_PROGRAMMES, actions: SAMPLE_ACTIONS, focalPoints: SAMPLE_FOCAL_POINTS };

describe('seeding programmes, actions and focal points', () => {
  it('seeds once; a restart keeps what is there', async () => {
    const db = await tempDatabase();
    try {
      const first = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
      const count = async (url: string) => ((await (await fetch(`${url}/v1/programmes?limit=1`)).json()) as { total: number }).total;
      expect(await count(first.url)).toBe(SAMPLE_PROGRAMMES.length);
      await first.close();
      const second = await startServer({
        port: 0,
        host: '127.0.0.1',
        ...db.location,
        ...noStatic,
        programmeData: { programmes: [], actions: [], focalPoints: [] },
      });
      expect(await count(second.url)).toBe(SAMPLE_PROGRAMMES.length);
      await second.close();
    } finally {
      await db.cleanup();
    }
  });

  it('refuses a fictional action on a real organisation before writing anything, and leaves no database behind', async () => {
    const db = await tempDatabase();
    try {
      const bad = { ...sample, actions: [{ ...SAMPLE_ACTIONS[0]!, actor: { kind: 'organization', organization: 'icom' } }] };
      const error = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic, programmeData: bad }).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).problems[0]?.path).toBe(`actions[${SAMPLE_ACTIONS[0]!.id}].actor.organization`);
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it('skips the fictional actions when the organisations they name are replaced', async () => {
    const db = await tempDatabase();
    try {
      const server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic, seed: [] });
      const actions = (await (await fetch(`${server.url}/v1/actions`)).json()) as { total: number };
      expect(actions.total).toBe(0);
      await server.close();
    } finally {
      await db.cleanup();
    }
  });
});
