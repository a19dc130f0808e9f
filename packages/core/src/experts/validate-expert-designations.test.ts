import { describe, expect, it } from 'vitest';
import { FICTIONAL_ORGANIZATIONS } from '../sample/fictional-organizations.js';
import { REAL_ORGANIZATIONS } from '../sample/real-organizations.js';
import { SAMPLE_EXPERT_DESIGNATIONS } from './sample/designations.js';
import { validateExpertDesignations } from './validate-expert-designations.js';
import { listExpertDesignations, parseExpertDesignationQuery } from './designation-list.js';
import { ValidationError } from '../errors/validation-error.js';

const organizations = [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS];
const problems = (...designations: unknown[]) =>
  validateExpertDesignations({ designations, organizations }).problems.map((p) => `${p.path}: ${p.message}`);
const sample = SAMPLE_EXPERT_DESIGNATIONS[0]!;
const at = `designations[${sample.id}]`;

describe('sample expert designations', () => {
  it('pass validation, and designate only fictional organisations', () => {
    expect(problems(...SAMPLE_EXPERT_DESIGNATIONS)).toEqual([]);
    const fictional = new Set(FICTIONAL_ORGANIZATIONS.map((o) => o.id));
    for (const d of SAMPLE_EXPERT_DESIGNATIONS) {
      expect(fictional.has(d.organization), d.id).toBe(true);
      expect(d.provenance.fictional, d.id).toBe(true);
      expect(d.decision.reference, d.id).toMatch(/\(fictional\)$/);
    }
  });
});

describe('validateExpertDesignations', () => {
  it('refuses a fictional designation of a real organisation', () => {
    expect(problems({ ...sample, organization: 'icom' })).toEqual([`${at}.organization: fictional designations may only name fictional organisations`]);
  });

  it('refuses a real designation of a fictional organisation, and one without a source', () => {
    expect(problems({ ...sample, provenance: { ...sample.provenance, fictional: false, sourceUrls: ['https://example.org/decision'] } })).toEqual([
      `${at}.provenance.fictional: a designation of a fictional organisation must be flagged fictional`,
    ]);
    expect(problems({ ...sample, organization: 'icom', provenance: { ...sample.provenance, fictional: false } })).toEqual([
      `${at}.provenance.sourceUrls: a real designation needs the URL of the sector's decision or page that states it`,
    ]);
  });

  it('refuses an organisation that is not in the directory', () => {
    expect(problems({ ...sample, organization: 'ghost-ngo' })).toEqual([`${at}.organization: unknown organisation "ghost-ngo"`]);
  });

  it('refuses a second designation of the same organisation by the same sector', () => {
    expect(problems(sample, { ...sample, id: 'demo-again' })).toEqual([
      `designations[demo-again].organization: "${sample.organization}" is already designated by ${sample.sector}`,
    ]);
  });

  it('refuses a date after the sources were read', () => {
    expect(problems({ ...sample, designatedOn: '2027-01-04' })).toEqual([`${at}.designatedOn: is after the date the sources were read (2026-11-26)`]);
  });

  it('refuses a designation without a topic, or with an unknown sector', () => {
    expect(problems({ ...sample, topics: [] })).toEqual([`${at}.topics: a designation names at least one topic`]);
    expect(problems({ ...sample, topics: ['knitting'] })).toEqual([expect.stringMatching(/^designations\[[a-z0-9-]+\]\.topics\[0\]: unknown concept "knitting"/)]);
    expect(problems({ ...sample, sector: 'ART' })[0]).toMatch(/^designations\[demo-ed-lanternfish-literacy\]\.sector: /);
  });

  it('refuses duplicate ids', () => {
    expect(problems(sample, { ...sample, sector: 'SC' })).toContain(`${at}: duplicate id "${sample.id}" in designations`);
  });
});

describe('listExpertDesignations', () => {
  it("lists a sector's designations only, the latest first", () => {
    const sc = listExpertDesignations(SAMPLE_EXPERT_DESIGNATIONS, 'SC', parseExpertDesignationQuery(new URLSearchParams()));
    expect(sc.items.map((d) => d.id)).toEqual(['demo-sc-tidepool-ocean', 'demo-sc-dune-dew-water']);
    expect(sc.total).toBe(2);
    const paged = listExpertDesignations(SAMPLE_EXPERT_DESIGNATIONS, 'SC', parseExpertDesignationQuery(new URLSearchParams('limit=1')));
    expect(paged.nextCursor).not.toBeNull();
    const next = listExpertDesignations(SAMPLE_EXPERT_DESIGNATIONS, 'SC', parseExpertDesignationQuery(new URLSearchParams({ limit: '1', cursor: paged.nextCursor! })));
    expect(next.items.map((d) => d.id)).toEqual(['demo-sc-dune-dew-water']);
  });

  it('refuses unknown parameters', () => {
    expect(() => parseExpertDesignationQuery(new URLSearchParams('threshold=0.5'))).toThrow(ValidationError);
  });
});
