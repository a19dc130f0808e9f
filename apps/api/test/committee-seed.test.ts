import { describe, expect, it } from 'vitest';
import { SAMPLE_EXPERT_DESIGNATIONS, SAMPLE_MANDATES } from '@ngo-liaison/core/sample-data';
import { SeedError, startServer } from '../src/index.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const sample = { mandates: SAMPLE_MANDATES, designations: SAMPLE_EXPERT_DESIGNATIONS };

async function startError(committeeData: { mandates: readonly unknown[]; designations: readonly unknown[] }, db: TempDatabase): Promise<unknown> {
  return startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic, committeeData }).then(
    async (server) => {
      await server.close();
      return undefined;
    },
    (e: unknown) => e
  );
}

describe('seeding Liaison Committee mandates and expert designations', () => {
  it('seeds once; a restart keeps what is there', async () => {
    const db = await tempDatabase();
    try {
      const first = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic });
      const total = async (url: string, path: string) => ((await (await fetch(`${url}${path}`)).json()) as { total: number }).total;
      expect(await total(first.url, '/v1/liaison-committee-mandates')).toBe(SAMPLE_MANDATES.length);
      await first.close();
      const second = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic, committeeData: { mandates: [], designations: [] } });
      expect(await total(second.url, '/v1/liaison-committee-mandates')).toBe(SAMPLE_MANDATES.length);
      expect(await total(second.url, '/v1/sectors/SC/experts')).toBe(2);
      await second.close();
    } finally {
      await db.cleanup();
    }
  });

  it('refuses a mandate that breaks the Directives before writing anything, naming the field, and leaves no database behind', async () => {
    const db = await tempDatabase();
    try {
      const demo = SAMPLE_MANDATES.find((m) => m.provenance.fictional)!;
      const tooMany = { ...demo, members: demo.members.map((m) => ({ ...m, seat: 'associate' as const })) };
      const error = await startError({ ...sample, mandates: [tooMany] }, db);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).problems).toContainEqual({
        path: `mandates[${demo.id}].members`,
        message: 'the Directives give 4 seats to associate partners; 10 are listed',
      });
      expect(await db.holdsNoData()).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it('refuses a fictional designation of a real organisation', async () => {
    const db = await tempDatabase();
    try {
      const bad = { ...SAMPLE_EXPERT_DESIGNATIONS[0]!, organization: 'icom' };
      const error = await startError({ mandates: [], designations: [bad] }, db);
      expect((error as SeedError).problems).toEqual([
        { path: `designations[${bad.id}].organization`, message: 'fictional designations may only name fictional organisations' },
      ]);
    } finally {
      await db.cleanup();
    }
  });

  it('seeds none when the organisations they name are replaced', async () => {
    const db = await tempDatabase();
    try {
      const server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, ...noStatic, seed: [] });
      const page = (await (await fetch(`${server.url}/v1/liaison-committee-mandates`)).json()) as { total: number };
      expect(page.total).toBe(0);
      await server.close();
    } finally {
      await db.cleanup();
    }
  });
});
