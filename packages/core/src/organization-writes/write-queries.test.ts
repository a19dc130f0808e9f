import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { parseAuditQuery, parseRevisionQuery } from './write-queries.js';

const params = (query: string) => new URLSearchParams(query);
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('parseRevisionQuery', () => {
  it('lists pending revisions by default', () => {
    expect(parseRevisionQuery(params(''))).toEqual({ state: 'pending', organization: undefined, limit: 20, cursor: undefined });
    expect(parseRevisionQuery(params('state=returned&organization=icom&limit=5'))).toMatchObject({ state: 'returned', organization: 'icom', limit: 5 });
  });

  it('refuses unknown states and parameters, naming them', () => {
    expect(issuesOf(() => parseRevisionQuery(params('state=draft&colour=blue')))).toEqual([
      expect.objectContaining({ path: 'colour' }),
    ]);
    expect(issuesOf(() => parseRevisionQuery(params('state=draft')))).toEqual([expect.objectContaining({ path: 'state', code: 'invalid-value' })]);
  });
});

describe('parseAuditQuery', () => {
  it('reads the filters and normalises instants to the stored form', () => {
    expect(parseAuditQuery(params('action=revision.publish&since=2026-12-01T00:00:00Z&entityType=organization'))).toMatchObject({
      action: 'revision.publish',
      since: '2026-12-01T00:00:00.000Z',
      entityType: 'organization',
      limit: 20,
    });
  });

  it('refuses unknown actions and malformed instants', () => {
    expect(issuesOf(() => parseAuditQuery(params('action=delete&until=yesterday')))).toEqual([
      expect.objectContaining({ path: 'action', code: 'invalid-value' }),
      expect.objectContaining({ path: 'until', code: 'invalid-format' }),
    ]);
  });
});
