import { describe, expect, it } from 'vitest';
import { REAL_SESSIONS, fictionalSessions, sampleSessions } from './sample-sessions.js';
import { validateSessions } from './validate-sessions.js';

describe('sample sessions', () => {
  it('pass validateSessions (shape, rules, honesty) for many months', () => {
    for (const now of ['2026-11-27T10:00:00Z', '2027-01-31T23:59:59Z', '2028-02-29T00:00:00Z', '2030-12-15T12:00:00Z']) {
      expect(validateSessions(sampleSessions(new Date(now))).problems, now).toEqual([]);
    }
  });

  it('real sessions: numbered, sourced, and dated only as their sources state', () => {
    expect(REAL_SESSIONS.map((s) => s.id)).toEqual(['gc-36', 'ex-189', 'gc-38', 'gc-39', 'ex-212', 'ngp-212', 'gc-41']);
    for (const session of REAL_SESSIONS) {
      expect(session.provenance.fictional, session.id).toBe(false);
      expect(session.provenance.sourceUrls.length, session.id).toBeGreaterThan(0);
      expect(session.number, session.id).toBeGreaterThan(0);
      expect(session.title, session.id).toBeUndefined();
    }
    const byId = new Map(REAL_SESSIONS.map((s) => [s.id, s]));
    expect(byId.get('gc-36')).toMatchObject({ dates: { start: '2011-10-25', end: '2011-11-10' }, agendaItems: [{ number: '9.2', documents: ['36 C/48'] }] });
    expect(byId.get('ex-189')?.dates).toEqual({ start: '2012-02-27', end: '2012-03-10' });
    expect(byId.get('ex-189')?.place).toBeUndefined(); // its source gives no place
    expect(byId.get('ngp-212')).toMatchObject({ parentSessionId: 'ex-212', dates: { start: '2021-10-08', end: '2021-10-08' } });
  });

  it('fictional sessions: deterministic within a month, with no number', () => {
    const a = fictionalSessions(new Date('2026-11-02T00:00:00Z'));
    expect(fictionalSessions(new Date('2026-11-29T18:00:00Z'))).toEqual(a);
    expect(fictionalSessions(new Date('2026-12-01T00:00:00Z'))).not.toEqual(a);
    for (const session of a) {
      expect(session.id, session.id).toMatch(/^demo-/);
      expect(session.number, session.id).toBeUndefined();
      expect(session.title?.en, session.id).toContain('(demo)');
    }
  });
});
