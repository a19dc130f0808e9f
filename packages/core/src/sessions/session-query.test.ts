import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../pagination/cursor.js';
import { REAL_SESSIONS } from './real-sessions.js';
import { pageSessions, parseSessionQuery } from './session-query.js';

const query = (qs: string) => parseSessionQuery(new URLSearchParams(qs));

describe('sessions list', () => {
  it('reads body filters and paging, and refuses unknown names and values, naming them', () => {
    expect(query('body=ngp-committee&body=general-conference&limit=5')).toMatchObject({ bodies: ['ngp-committee', 'general-conference'], limit: 5 });
    expect(() => query('body=assembly')).toThrow(/body: unknown value "assembly"/);
    expect(() => query('kind=gc')).toThrow(/kind/);
  });

  it('pages in order of the first day, then id, with a cursor that resumes exactly', () => {
    const first = pageSessions(REAL_SESSIONS, { bodies: [], limit: 3 });
    expect(first.items.map((s) => s.id)).toEqual(['gc-36', 'ex-189', 'gc-38']);
    expect(first.total).toBe(7);
    const second = pageSessions(REAL_SESSIONS, { bodies: [], limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((s) => s.id)).toEqual(['gc-39', 'ex-212', 'ngp-212']);
    const last = pageSessions(REAL_SESSIONS, { bodies: [], limit: 3, cursor: second.nextCursor! });
    expect(last).toMatchObject({ items: [{ id: 'gc-41' }], nextCursor: null });
    expect(pageSessions(REAL_SESSIONS, { bodies: ['general-conference'], limit: 20 }).items.map((s) => s.id)).toEqual(['gc-36', 'gc-38', 'gc-39', 'gc-41']);
  });

  it("refuses another list's cursor", () => {
    expect(() => pageSessions(REAL_SESSIONS, { bodies: [], limit: 3, cursor: 'bm90LWEtY3Vyc29y' })).toThrow(InvalidCursorError);
  });
});
