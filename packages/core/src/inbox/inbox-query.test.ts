import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseInboxQuery } from './inbox-query.js';

const issuesOf = (query: string) => {
  try {
    parseInboxQuery(new URLSearchParams(query));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
};

describe('parseInboxQuery', () => {
  it('reads repeated addressees and kinds, unread and paging', () => {
    expect(parseInboxQuery(new URLSearchParams('addressee=sector:ED&addressee=member-state:KE&kind=action.published&unread=true&limit=5&cursor=abc'))).toEqual({
      addressees: ['sector:ED', 'member-state:KE'],
      kinds: ['action.published'],
      unread: true,
      limit: 5,
      cursor: 'abc',
    });
    expect(parseInboxQuery(new URLSearchParams(''))).toEqual({ addressees: [], kinds: [], unread: undefined, limit: 20, cursor: undefined });
    expect(parseInboxQuery(new URLSearchParams('unread=false')).unread).toBe(false);
  });

  it('names the parameter of every mistake', () => {
    expect(issuesOf('kind=action.deleted')).toEqual(['kind']);
    expect(issuesOf('unread=yes')).toEqual(['unread']);
    expect(issuesOf('unread=true&unread=false')).toEqual(['unread']);
    expect(issuesOf('addressee=')).toEqual(['addressee']);
    expect(issuesOf('sector=ED')).toEqual(['sector']);
    expect(issuesOf('limit=0')).toEqual(['limit']);
  });
});
