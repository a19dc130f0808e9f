import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../reference/countries.js';
import { FIELD_OFFICES } from '../reference/field-offices.js';
import { REAL_ORGANIZATIONS } from '../sample/real-organizations.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from './sample/index.js';
import { validateProgrammeData, type ProgrammeDataset } from './validate-programme-data.js';

const base: ProgrammeDataset = {
  programmes: SAMPLE_PROGRAMMES,
  actions: SAMPLE_ACTIONS,
  focalPoints: SAMPLE_FOCAL_POINTS,
  fieldOffices: FIELD_OFFICES,
  organizations: [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS],
  countries: COUNTRIES.map((c) => c.code),
};
const paths = (data: Partial<ProgrammeDataset>) => validateProgrammeData({ ...base, ...data }).problems.map((p) => `${p.path}: ${p.message}`);

describe('sample programme data', () => {
  it('passes validation', () => {
    expect(validateProgrammeData(base).problems).toEqual([]);
  });

  it('links actions only to fictional organisations or field offices, and fictional programmes', () => {
    const fictional = new Set(FICTIONAL_ORGANIZATIONS.map((o) => o.id));
    const offices = new Set(FIELD_OFFICES.map((o) => o.code));
    for (const action of SAMPLE_ACTIONS) {
      const { actor } = action;
      expect(actor.kind === 'organization' ? fictional.has(actor.organization) : offices.has(actor.fieldOffice), action.id).toBe(true);
      expect(action.provenance.fictional, action.id).toBe(true);
      expect(action.programme.startsWith('demo-'), action.id).toBe(true);
    }
    expect(SAMPLE_ACTIONS.filter((a) => a.actor.kind === 'field-office').length).toBeGreaterThanOrEqual(3);
  });

  it('names real programmes with a source and nothing invented', () => {
    const real = SAMPLE_PROGRAMMES.filter((p) => !p.provenance.fictional);
    expect(real.length).toBeGreaterThanOrEqual(1);
    for (const p of real) {
      expect(p.provenance.sourceUrls.length, p.id).toBeGreaterThan(0);
      expect([p.countries, p.fieldOffices, p.sdgs, p.workingLanguages, p.criteria], p.id).toEqual([[], [], [], [], []]);
      expect(p.period, p.id).toBeUndefined();
      expect(p.description, p.id).toBeUndefined();
    }
    for (const p of SAMPLE_PROGRAMMES.filter((x) => x.provenance.fictional)) expect(p.id.startsWith('demo-'), p.id).toBe(true);
  });

  it('gives focal points roles and fictional mailboxes only', () => {
    for (const f of SAMPLE_FOCAL_POINTS) {
      for (const c of f.contacts) {
        expect(c.fictional, f.id).toBe(true);
        expect(c.value, f.id).toMatch(/@[\w.-]*example\.org$/);
      }
    }
  });
});

describe('validateProgrammeData', () => {
  const action = SAMPLE_ACTIONS[0]!;
  const focal = SAMPLE_FOCAL_POINTS[0]!;

  it('refuses a fictional action on a real organisation, and an unsourced action on one', () => {
    const byIcom = { kind: 'organization' as const, organization: 'icom' };
    expect(paths({ actions: [{ ...action, actor: byIcom }] })).toEqual([
      'actions[demo-reading-circles-saint-louis].actor.organization: fictional actions may only be linked to fictional organisations',
    ]);
    const unsourced = { ...action, actor: byIcom, provenance: { ...action.provenance, fictional: false } };
    expect(paths({ actions: [unsourced] })).toEqual([
      'actions[demo-reading-circles-saint-louis].provenance.sourceUrls: an action of a real organisation needs a source that states it',
    ]);
  });

  it('takes a field office as the actor: a known office, and a source for a real action', () => {
    const byOffice = { ...action, actor: { kind: 'field-office' as const, fieldOffice: 'dakar' } };
    expect(paths({ actions: [byOffice] })).toEqual([]);
    expect(paths({ actions: [{ ...byOffice, actor: { kind: 'field-office', fieldOffice: 'atlantis' } }] })).toEqual([
      'actions[demo-reading-circles-saint-louis].actor.fieldOffice: unknown field office "atlantis"',
    ]);
    expect(paths({ actions: [{ ...byOffice, provenance: { ...action.provenance, fictional: false } }] })).toEqual([
      'actions[demo-reading-circles-saint-louis].provenance.sourceUrls: a real action of a field office needs a source that states it',
    ]);
    expect(paths({ actions: [{ ...action, actor: { kind: 'ministry', ministry: 'x' } }] })[0]).toMatch(/^actions\[demo-reading-circles-saint-louis\]\.actor/);
  });

  it('reports unknown references with their paths', () => {
    const problems = paths({
      actions: [{ ...action, programme: 'nope', countries: ['ZZ'], actor: { kind: 'organization', organization: 'ghost' } }],
      programmes: [...SAMPLE_PROGRAMMES, { ...SAMPLE_PROGRAMMES[0]!, id: 'demo-x', fieldOffices: ['atlantis'], themes: ['literacy', 'knitting'], criteria: [{ criterion: 'sector', weight: 0 }] }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'actions[demo-reading-circles-saint-louis].programme: unknown programme "nope"',
        'actions[demo-reading-circles-saint-louis].countries[0]: unknown country code "ZZ"',
        'actions[demo-reading-circles-saint-louis].actor.organization: unknown organisation "ghost"',
        'programmes[demo-x].fieldOffices[0]: unknown field office "atlantis"',
        'programmes[demo-x].themes[1]: unknown concept "knitting": fields of interest and themes are ids of the controlled vocabulary',
        'programmes[demo-x].criteria: every weight is zero; leave the list empty for the default weights',
      ]),
    );
  });

  it('refuses real-looking contacts on focal points', () => {
    const real = { ...focal, contacts: [{ kind: 'email' as const, value: 'someone@unesco.org', fictional: false }] };
    expect(paths({ focalPoints: [real] })[0]).toMatch(/must be fictional, or a public role address/);
    const wrongDomain = { ...focal, contacts: [{ kind: 'email' as const, value: 'x@gmail.com', fictional: true }] };
    expect(paths({ focalPoints: [wrongDomain] })[0]).toMatch(/reserved domain/);
  });

  it('reports schema problems and duplicates', () => {
    expect(paths({ programmes: [{ ...SAMPLE_PROGRAMMES[0]!, sdgs: [18] }] })[0]).toMatch(/^programmes\[demo-coastal-literacy-initiative\]\.sdgs\[0\]/);
    expect(paths({ focalPoints: [focal, focal] })).toContain(`focalPoints[${focal.id}]: duplicate id "${focal.id}" in focalPoints`);
  });
});
