import * as z from 'zod/mini';
import { issuesOf } from '../errors/issues-of.js';
import type { UnescoRegion } from '../schemas/country.js';
import { COMMITTEE_SEATS, COMMITTEE_SIZE, LiaisonCommitteeMandate, type PartialDate } from '../schemas/liaison-committee.js';
import type { FieldIssue } from '../schemas/problem.js';
import { UNESCO_REGIONS } from '../schemas/codes.js';

export interface MandateDataset {
  mandates: readonly unknown[];
  /** Organisations of the directory (for the member ids and the fictional/real rules). */
  organizations: readonly { id: string; provenance: { fictional: boolean } }[];
  /** Countries with their UNESCO region (for `basedIn` against `region`). */
  countries: readonly { code: string; region: { value: UnescoRegion } | null }[];
}

export interface MandateReport {
  ok: boolean;
  problems: FieldIssue[];
  /** The mandates that passed, parsed. */
  mandates: LiaisonCommitteeMandate[];
}

/** Whether partial date `a` ends before `b` begins: compared at the coarser precision. */
function endsBefore(a: PartialDate, b: PartialDate): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

function label(index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `mandates[${id}]` : `mandates[${index}]`;
}

/**
 * Checks Liaison Committee mandates against the schema and the Directives' composition: at
 * most ten members, four associate and six consultative seats, and — when the membership is
 * `complete` — exactly ten, each seat and region known and every region represented. A
 * `partial` membership is checked only for what it states: what the sources leave unknown
 * is never an error. Also: a term that ends after it starts, an electing conference before
 * the term, a work plan diffused within the term and resting on the mandate's `basis`,
 * members that are organisations of the directory, and fictional mandates only on fictional
 * organisations. Every problem names its field.
 */
export function validateMandates(data: MandateDataset): MandateReport {
  const problems: FieldIssue[] = [];
  const mandates: LiaisonCommitteeMandate[] = [];
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const regionOf = new Map(data.countries.map((c) => [c.code, c.region?.value ?? null]));
  const seen = new Set<string>();

  data.mandates.forEach((record, index) => {
    const at = label(index, record);
    const parsed = z.safeParse(LiaisonCommitteeMandate, record);
    if (!parsed.success) {
      problems.push(...issuesOf(parsed.error, at));
      return;
    }
    const m = parsed.data;
    const before = problems.length;
    const problem = (path: string, message: string) => problems.push({ path: `${at}${path}`, message });

    if (seen.has(m.id)) problem('', `duplicate id "${m.id}" in mandates`);
    seen.add(m.id);

    if (endsBefore(m.term.end, m.term.start)) problem('.term.end', `ends before the term starts (${m.term.start})`);
    if (m.electedBy && m.electedBy.conferenceYear > Number(m.term.start.slice(0, 4))) {
      problem('.electedBy.conferenceYear', `the electing conference (${m.electedBy.conferenceYear}) must precede the term, which starts ${m.term.start}`);
    }

    // Composition (2011 Directives): 10 NGOs, 4 associate + 6 consultative, at least one per region.
    if (m.members.length > COMMITTEE_SIZE) problem('.members', `the Directives set ${COMMITTEE_SIZE} NGOs on the Committee; ${m.members.length} are listed`);
    for (const seat of ['associate', 'consultative'] as const) {
      const count = m.members.filter((member) => member.seat === seat).length;
      if (count > COMMITTEE_SEATS[seat]) problem('.members', `the Directives give ${COMMITTEE_SEATS[seat]} seats to ${seat} partners; ${count} are listed`);
    }
    const memberIds = new Set<string>();
    m.members.forEach((member, i) => {
      const path = `.members[${i}]`;
      if (memberIds.has(member.organization)) problem(`${path}.organization`, `"${member.organization}" is listed twice`);
      memberIds.add(member.organization);
      const org = orgs.get(member.organization);
      if (!org) problem(`${path}.organization`, `unknown organisation "${member.organization}"`);
      else if (m.provenance.fictional && !org.provenance.fictional) {
        problem(`${path}.organization`, 'a fictional mandate may only name fictional organisations');
      } else if (!m.provenance.fictional && org.provenance.fictional) {
        problem(`${path}.organization`, 'a real mandate may only name real organisations');
      }
      if (member.basedIn) {
        const region = regionOf.get(member.basedIn);
        if (region === undefined) problem(`${path}.basedIn`, `unknown country code "${member.basedIn}"`);
        else if (member.region && region && region !== member.region) {
          problem(`${path}.region`, `${member.basedIn} is in the region ${region}, not ${member.region}`);
        }
      }
      if (m.membership === 'complete') {
        if (!member.seat) problem(`${path}.seat`, 'a complete membership states every seat (associate or consultative)');
        if (!member.region) problem(`${path}.region`, 'a complete membership states every region');
      }
    });
    if (m.membership === 'complete') {
      if (m.members.length !== COMMITTEE_SIZE) problem('.membership', `complete means the ${COMMITTEE_SIZE} members the Directives set; ${m.members.length} are listed`);
      const regions = new Set(m.members.map((member) => member.region));
      const missing = UNESCO_REGIONS.filter((r) => !regions.has(r));
      if (missing.length) problem('.members', `the Directives ask for at least one member per region; none from ${missing.join(', ')}`);
    }

    // The conference outputs the work rests on, and the plan diffused at the start of the mandate.
    const outputIds = new Set<string>();
    m.basis.forEach((output, i) => {
      if (outputIds.has(output.id)) problem(`.basis[${i}].id`, `duplicate output id "${output.id}"`);
      outputIds.add(output.id);
    });
    if (m.workPlan) {
      const { diffusedOn, items } = m.workPlan;
      if (endsBefore(diffusedOn, m.term.start) || endsBefore(m.term.end, diffusedOn)) {
        problem('.workPlan.diffusedOn', `the planned work is diffused at the start of the mandate: ${diffusedOn} is outside the term ${m.term.start} – ${m.term.end}`);
      }
      items.forEach((item, i) =>
        item.basedOn.forEach((id, j) => {
          if (!outputIds.has(id)) problem(`.workPlan.items[${i}].basedOn[${j}]`, `"${id}" is not one of the conference outputs in basis`);
        }),
      );
    }

    if (!m.provenance.fictional && m.provenance.sourceUrls.length === 0) {
      problem('.provenance.sourceUrls', 'a real mandate needs the URL of a page that states it');
    }
    if (problems.length === before) mandates.push(m);
  });

  return { ok: problems.length === 0, problems, mandates };
}
