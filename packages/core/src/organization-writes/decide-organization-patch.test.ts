import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../access/principal.js';
import { decideOrganizationPatch } from './decide-organization-patch.js';
import { EDITOR_FIELDS, SECRETARIAT_FIELDS, SERVER_OWNED_FIELDS } from './organization-patch.js';
import { ICOM, LANTERNFISH, OTHER_ROLES, SECRETARIAT, editorOf, testContext, versioned } from './test-writes.js';

const current = versioned(LANTERNFISH, '3');
const patchAs = (principal = SECRETARIAT, patch: unknown = { founded: 1990 }, ifMatch: string | undefined = '3', base = current) =>
  decideOrganizationPatch(principal, base, patch, { ...testContext(), ifMatch });
const problemOf = (outcome: ReturnType<typeof patchAs>) => {
  if (outcome.kind !== 'refuse') throw new Error(`expected a refusal, got ${outcome.kind}`);
  return outcome.problem;
};

describe('decideOrganizationPatch: who', () => {
  it('publishes the Secretariat’s change at once, one version on, with its audit entry', () => {
    const outcome = patchAs(SECRETARIAT, { founded: 1990, name: { es: null } });
    expect(outcome).toMatchObject({ kind: 'publish', version: '4', organization: { founded: 1990 } });
    if (outcome.kind !== 'publish') return;
    expect(outcome.organization.name).toEqual({ en: LANTERNFISH.name.en, fr: LANTERNFISH.name.fr });
    expect(outcome.audit).toMatchObject({ action: 'organization.update', role: 'secretariat', entity: { type: 'organization', id: LANTERNFISH.id } });
    expect(outcome.audit.before).toBe(LANTERNFISH);
    expect(outcome.audit.after).toEqual(outcome.organization);
  });

  it('makes the organisation’s editor’s change a pending revision based on the version it read', () => {
    const outcome = patchAs(editorOf(LANTERNFISH.id), { founded: 1990 });
    expect(outcome).toMatchObject({
      kind: 'submit',
      revision: { state: 'pending', basedOnVersion: '3', organizationId: LANTERNFISH.id, patch: { founded: 1990 }, proposed: { founded: 1990 } },
      audit: { action: 'revision.submit', role: `ngo-editor:${LANTERNFISH.id}` },
    });
  });

  it('answers 401 to anonymous callers and 404 for an organisation that does not exist', () => {
    expect(problemOf(patchAs(ANONYMOUS)).status).toBe(401);
    expect(problemOf(decideOrganizationPatch(SECRETARIAT, undefined, {}, { ...testContext(), ifMatch: '1' })).status).toBe(404);
  });

  it.each(OTHER_ROLES)('answers 403 to %s: organisations are public, so the record is known', (_, principal) => {
    expect(problemOf(patchAs(principal)).status).toBe(403);
  });
});

describe('decideOrganizationPatch: versions', () => {
  it('needs If-Match (428) naming the current version (412 with the current record)', () => {
    const missing = decideOrganizationPatch(SECRETARIAT, current, { founded: 1990 }, { ...testContext(), ifMatch: undefined });
    expect(missing.kind === 'refuse' && missing.problem.status).toBe(428);
    const stale = problemOf(patchAs(SECRETARIAT, { founded: 1990 }, '2'));
    expect(stale).toMatchObject({ status: 412, currentVersion: '3', current: LANTERNFISH });
  });
});

describe('decideOrganizationPatch: fields', () => {
  it.each(SERVER_OWNED_FIELDS)('refuses the server-owned field %s, naming it, whoever sends it', (field) => {
    for (const principal of [SECRETARIAT, editorOf(LANTERNFISH.id)]) {
      expect(problemOf(patchAs(principal, { [field]: 'x' })).errors).toEqual([expect.objectContaining({ path: field, code: 'server-owned' })]);
    }
  });

  it.each(SECRETARIAT_FIELDS.filter((f) => !(EDITOR_FIELDS as readonly string[]).includes(f)))('lets only the Secretariat set %s', (field) => {
    expect(problemOf(patchAs(editorOf(LANTERNFISH.id), { [field]: LANTERNFISH[field] ?? [] })).errors).toEqual([
      expect.objectContaining({ path: field, code: 'not-allowed' }),
    ]);
    expect(patchAs(SECRETARIAT, { [field]: LANTERNFISH[field] ?? [] }).kind).toBe('publish');
  });

  it('refuses unknown fields at the top and inside, one issue per field', () => {
    expect(problemOf(patchAs(SECRETARIAT, { colour: 'blue', founded: 1990 })).errors).toEqual([{ path: 'colour', message: expect.any(String), code: 'unknown-field' }]);
    expect(problemOf(patchAs(SECRETARIAT, { headquarters: { town: 'Dakar' } })).errors).toEqual([expect.objectContaining({ path: 'headquarters.town', code: 'unknown-field' })]);
    expect(problemOf(patchAs(SECRETARIAT, JSON.parse('{"name": {"__proto__": {"en": "x"}}}'))).errors).toEqual([
      expect.objectContaining({ path: 'name.__proto__', code: 'unknown-field' }),
    ]);
  });

  it('refuses a body that is not an object, or names no field', () => {
    expect(problemOf(patchAs(SECRETARIAT, [1])).errors?.[0]).toMatchObject({ path: '(root)', code: 'invalid-type' });
    expect(problemOf(patchAs(SECRETARIAT, {})).errors?.[0]).toMatchObject({ path: '(root)', code: 'required' });
  });

  it('validates the record as it would be, with the codes elements translate', () => {
    const cases: [unknown, string, string][] = [
      [{ name: null }, 'name', 'required'],
      [{ sectors: ['XX'] }, 'sectors[0]', 'invalid-value'],
      [{ website: 'not a url' }, 'website', 'invalid-format'],
      [{ founded: 'old' }, 'founded', 'invalid-type'],
      [{ description: { en: 'x'.repeat(2001) } }, 'description.en', 'too-long'],
      [{ fieldsOfInterest: ['no-such-concept'] }, 'fieldsOfInterest[0]', 'invalid-value'],
      [{ countriesOfPresence: ['ZZ'] }, 'countriesOfPresence[0]', 'invalid-value'],
      [{ sdgs: [4, 4] }, 'sdgs', 'duplicate'],
      [{ contacts: Array.from({ length: 31 }, (_, i) => ({ kind: 'email', value: `a${i}@x.example.org`, fictional: true })) }, 'contacts', 'too-many'],
      [{ scope: 'national' }, 'partnership[3].category', 'inconsistent'],
    ];
    for (const [patch, path, code] of cases) {
      expect(problemOf(patchAs(SECRETARIAT, patch)).errors, JSON.stringify(patch)).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('applies the name rules of real organisations: no name copied across languages without a source', () => {
    const icom = versioned(ICOM, '1');
    const copied = { name: { ...ICOM.name, es: Object.values(ICOM.name)[0] } };
    expect(problemOf(patchAs(SECRETARIAT, copied, '1', icom)).errors).toContainEqual(expect.objectContaining({ path: 'name.es', code: 'inconsistent' }));
  });

  it('stores hostile text as the text it is', () => {
    const hostile = '<img src=x onerror=alert(1)> \u202Egnp.exe';
    const outcome = patchAs(editorOf(LANTERNFISH.id), { description: { en: hostile } });
    expect(outcome.kind === 'submit' && outcome.revision.proposed.description?.en).toBe(hostile);
  });
});
