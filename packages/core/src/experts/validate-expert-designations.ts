import * as z from 'zod/mini';
import { issuesOf } from '../errors/issues-of.js';
import { ExpertDesignation } from '../schemas/expert-designation.js';
import type { FieldIssue } from '../schemas/problem.js';
import { conceptIdIssues } from '../vocabulary/concept-issues.js';
import { vocabulary } from '../vocabulary/vocabulary.js';

export interface ExpertDesignationDataset {
  designations: readonly unknown[];
  /** Organisations of the directory (for the ids and the fictional/real rules). */
  organizations: readonly { id: string; provenance: { fictional: boolean } }[];
}

export interface ExpertDesignationReport {
  ok: boolean;
  problems: FieldIssue[];
  /** The designations that passed, parsed. */
  designations: ExpertDesignation[];
}

function label(index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `designations[${id}]` : `designations[${index}]`;
}

/**
 * Checks expert designations: the schema, topics that are concepts of the vocabulary, unique ids, one designation per sector and
 * organisation, an organisation of the directory, a date no later than the sources were read,
 * and the sample-data rules (fictional designations only of fictional organisations; a real
 * one needs the source that states it). Every problem names its field.
 */
export function validateExpertDesignations(data: ExpertDesignationDataset): ExpertDesignationReport {
  const problems: FieldIssue[] = [];
  const designations: ExpertDesignation[] = [];
  const orgs = new Map(data.organizations.map((o) => [o.id, o]));
  const ids = new Set<string>();
  const pairs = new Set<string>();

  data.designations.forEach((record, index) => {
    const at = label(index, record);
    const parsed = z.safeParse(ExpertDesignation, record);
    if (!parsed.success) {
      problems.push(...issuesOf(parsed.error, at));
      return;
    }
    const d = parsed.data;
    const before = problems.length;
    const problem = (path: string, message: string) => problems.push({ path: `${at}${path}`, message });
    if (ids.has(d.id)) problem('', `duplicate id "${d.id}" in designations`);
    ids.add(d.id);
    const pair = `${d.sector}|${d.organization}`;
    if (pairs.has(pair)) problem('.organization', `"${d.organization}" is already designated by ${d.sector}`);
    pairs.add(pair);
    if (d.designatedOn > d.provenance.asOf) problem('.designatedOn', `is after the date the sources were read (${d.provenance.asOf})`);
    const org = orgs.get(d.organization);
    if (!org) problem('.organization', `unknown organisation "${d.organization}"`);
    else if (d.provenance.fictional && !org.provenance.fictional) problem('.organization', 'fictional designations may only name fictional organisations');
    else if (!d.provenance.fictional && org.provenance.fictional) problem('.provenance.fictional', 'a designation of a fictional organisation must be flagged fictional');
    problems.push(...conceptIdIssues(d.topics, `${at}.topics`, vocabulary()));
    if (!d.provenance.fictional && d.provenance.sourceUrls.length === 0) {
      problem('.provenance.sourceUrls', "a real designation needs the URL of the sector's decision or page that states it");
    }
    if (problems.length === before) designations.push(d);
  });

  return { ok: problems.length === 0, problems, designations };
}
