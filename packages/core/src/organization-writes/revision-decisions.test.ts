import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { decideOrganizationPatch } from './decide-organization-patch.js';
import type { OrganizationRevision } from './organization-revision.js';
import { decidePublishRevision, decideReadRevision, decideReturnRevision } from './revision-decisions.js';
import { LANTERNFISH, OTHER_ROLES, SECRETARIAT, editorOf, testContext, versioned } from './test-writes.js';
import { canReadRevision, revisionReadScope } from './write-permissions.js';

const EDITOR = editorOf(LANTERNFISH.id);
const current = versioned(LANTERNFISH, '3');
function pending(): OrganizationRevision {
  const outcome = decideOrganizationPatch(EDITOR, current, { founded: 1990 }, { ...testContext(), ifMatch: '3' });
  if (outcome.kind !== 'submit') throw new Error('expected a revision');
  return outcome.revision;
}
const statusOf = (outcome: object) => ('problem' in outcome ? (outcome.problem as { status: number }).status : 'kind' in outcome ? outcome.kind : 'record');

describe('publishing a revision', () => {
  it('publishes the proposed record one version on, and marks the revision published by whom', () => {
    const outcome = decidePublishRevision(SECRETARIAT, 'r1', pending(), current, testContext());
    expect(outcome).toMatchObject({
      kind: 'publish',
      version: '4',
      organization: { founded: 1990 },
      revision: { state: 'published', decidedBy: { personId: 'p-secretariat' }, decidedAt: '2026-12-03T10:00:00.000Z' },
      audit: { action: 'revision.publish', role: 'secretariat' },
    });
  });

  it('is a 409 with the current version when the organisation moved on since the revision’s base', () => {
    const outcome = decidePublishRevision(SECRETARIAT, 'r1', pending(), versioned(LANTERNFISH, '4'), testContext());
    expect(outcome.kind === 'refuse' && outcome.problem).toMatchObject({ status: 409, currentVersion: '4', current: LANTERNFISH });
  });

  it('is a 409 for a revision already published or returned', () => {
    expect(statusOf(decidePublishRevision(SECRETARIAT, 'r1', { ...pending(), state: 'returned' }, current, testContext()))).toBe(409);
  });

  it('is 401 anonymous, 403 for the organisation’s own editor (who reads it), 404 for everyone else', () => {
    expect(statusOf(decidePublishRevision(ANONYMOUS, 'r1', pending(), current, testContext()))).toBe(401);
    expect(statusOf(decidePublishRevision(EDITOR, 'r1', pending(), current, testContext()))).toBe(403);
    for (const [role, principal] of OTHER_ROLES) expect(statusOf(decidePublishRevision(principal, 'r1', pending(), current, testContext())), role).toBe(404);
    expect(statusOf(decidePublishRevision(SECRETARIAT, 'r1', undefined, current, testContext()))).toBe(404);
  });
});

describe('returning a revision', () => {
  it('returns it with the reason the editor reads', () => {
    const outcome = decideReturnRevision(SECRETARIAT, 'r1', pending(), { reason: 'Cite a source for the founding year' }, testContext());
    expect(outcome).toMatchObject({ kind: 'return', revision: { state: 'returned', reason: 'Cite a source for the founding year' }, audit: { action: 'revision.return' } });
  });

  it('needs a one-line reason and nothing else', () => {
    const missing = decideReturnRevision(SECRETARIAT, 'r1', pending(), {}, testContext());
    expect(missing.kind === 'refuse' && missing.problem.errors).toEqual([expect.objectContaining({ path: 'reason', code: 'required' })]);
    const extra = decideReturnRevision(SECRETARIAT, 'r1', pending(), { reason: 'x', state: 'published' }, testContext());
    expect(extra.kind === 'refuse' && extra.problem.errors).toEqual([expect.objectContaining({ path: 'state', code: 'unknown-field' })]);
  });
});

describe('reading revisions', () => {
  it('is for the Secretariat and the organisation’s editors; not readable is not found', () => {
    const revision = pending();
    expect(canReadRevision(SECRETARIAT, revision)).toBe(true);
    expect(canReadRevision(EDITOR, revision)).toBe(true);
    for (const [role, principal] of OTHER_ROLES) expect(canReadRevision(principal, revision), role).toBe(false);
    expect(statusOf(decideReadRevision(editorOf('icom'), 'r1', revision))).toBe(404);
    expect(statusOf(decideReadRevision(ANONYMOUS, 'r1', revision))).toBe(401);
    expect(decideReadRevision(EDITOR, 'r1', revision)).toBe(revision);
  });

  it('lists all revisions to the Secretariat, an editor’s organisations’ to the editor, none to others', () => {
    expect(revisionReadScope(SECRETARIAT)).toBe('all');
    expect(revisionReadScope(EDITOR)).toEqual([LANTERNFISH.id]);
    expect(revisionReadScope(ANONYMOUS)).toEqual([]);
    expect(revisionReadScope(OTHER_ROLES[0]![1])).toEqual([]);
  });
});
