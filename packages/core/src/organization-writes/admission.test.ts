import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { admissionId, decideAdmission } from './admission.js';
import { LANTERNFISH, OTHER_ROLES, SECRETARIAT, editorOf, testContext } from './test-writes.js';

const { partnership: _history, ...body } = { ...LANTERNFISH, id: 'demo-new-network' };
const admit = (principal = SECRETARIAT, input: unknown = body, existing = undefined as typeof LANTERNFISH | undefined) =>
  decideAdmission(principal, input, existing, testContext());

describe('decideAdmission', () => {
  it('creates the organisation at version 1 with an empty partnership, audited', () => {
    expect(admit()).toMatchObject({ kind: 'create', version: '1', organization: { id: 'demo-new-network', partnership: [] }, audit: { action: 'organization.create' } });
    expect(admissionId(body)).toBe('demo-new-network');
  });

  it('is 401 anonymous and 403 for every role but the Secretariat', () => {
    expect(admit(ANONYMOUS).kind === 'refuse' && (admit(ANONYMOUS) as { problem: { status: number } }).problem.status).toBe(401);
    for (const [role, principal] of [...OTHER_ROLES, ['own editor', editorOf('demo-new-network')] as const]) {
      const outcome = admit(principal);
      expect(outcome.kind === 'refuse' && outcome.problem.status, role).toBe(403);
    }
  });

  it('is a 409 when the id is taken', () => {
    const outcome = admit(SECRETARIAT, body, LANTERNFISH);
    expect(outcome.kind === 'refuse' && outcome.problem.status).toBe(409);
  });

  it('refuses server-owned and unknown fields, naming each with its code', () => {
    const outcome = admit(SECRETARIAT, { ...body, version: '7', createdAt: 'x', partnership: LANTERNFISH.partnership, colour: 'blue' });
    expect(outcome.kind === 'refuse' && outcome.problem.errors).toEqual([
      expect.objectContaining({ path: 'version', code: 'server-owned' }),
      expect.objectContaining({ path: 'createdAt', code: 'server-owned' }),
      expect.objectContaining({ path: 'partnership', code: 'server-owned' }),
    ]);
    const unknown = admit(SECRETARIAT, { ...body, colour: 'blue' });
    expect(unknown.kind === 'refuse' && unknown.problem.errors).toEqual([expect.objectContaining({ path: 'colour', code: 'unknown-field' })]);
    expect(admit(SECRETARIAT, { ...body, partnership: [] }).kind).toBe('create');
  });

  it('validates the record (a malformed id is a 400 naming id)', () => {
    const outcome = admit(SECRETARIAT, { ...body, id: 'Not A Slug' });
    expect(outcome.kind === 'refuse' && outcome.problem.errors).toEqual([expect.objectContaining({ path: 'id' })]);
  });
});
