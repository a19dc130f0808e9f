import type { FieldIssue } from '../schemas/problem.js';
import type { Organization, PartnershipCategory } from '../schemas/organization.js';

/*
 * The rules of the Directives that a partnership history must follow, checked on every
 * record (seed, import, and later the write path). Each message names the rule and where it
 * comes from, so an editor knows what to fix and why:
 * - 2011 Directives concerning UNESCO's partnership with NGOs (36 C/Resolution 108);
 * - Directives concerning foundations (official relations);
 * - the 1995 Directives (28 C/Resolution 13.42), whose categories the 2011–2012
 *   reclassification replaced, and the 1960 Directives before them.
 */

const CATEGORIES_2011: ReadonlySet<PartnershipCategory> = new Set(['consultative', 'associate']);
const CATEGORIES_1995: ReadonlySet<PartnershipCategory> = new Set(['operational', 'formal-consultative', 'formal-associate']);
const CATEGORIES_1960: ReadonlySet<PartnershipCategory> = new Set(['category-a', 'category-b']);

/** The year the 2011 Directives were adopted, and the last year of the reclassification under them. */
const DIRECTIVES_2011 = 2011;
const RECLASSIFICATION_END = 2012;
/** The year the 1995 Directives were adopted (28th General Conference). */
const DIRECTIVES_1995 = 1995;

type Input = Pick<Organization, 'kind' | 'scope' | 'partnership' | 'provenance'>;

/** Problems with `org`'s partnership history, paths relative to the record (`partnership[0].category`). */
export function partnershipRuleIssues(org: Input): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const push = (index: number, field: string, message: string) => issues.push({ path: `partnership[${index}].${field}`, message });

  org.partnership.forEach((entry, i) => {
    const { category, from, to } = entry;
    if (!org.provenance.fictional && entry.evidence.length === 0) {
      push(i, 'evidence', 'needs at least one source: every partnership of a real organisation says who states it');
    }
    if (from !== undefined && to !== undefined && to < from) push(i, 'to', 'ends before it starts');
    if (to !== undefined && entry.decisionRef === undefined) {
      push(i, 'to', 'an end year needs the decision that sets it (decisionRef); it is never computed from the start');
    }
    if (i > 0) {
      const previous = org.partnership[i - 1]!.from;
      if (from !== undefined && previous !== undefined && from < previous) push(i, 'from', 'the history must be oldest first');
    }
    if (category === undefined) return;

    if (category === 'official-relations' && org.kind !== 'foundation') {
      push(i, 'category', 'official relations are the category of foundations (Directives concerning foundations); an NGO holds consultative or associate status');
    }
    if (category !== 'official-relations' && org.kind === 'foundation') {
      push(i, 'category', `a foundation holds official relations (Directives concerning foundations), not "${category}"`);
    }
    if (category === 'associate') {
      if (org.scope === 'national' || org.scope === 'local') {
        push(i, 'category', `associate status is open only to international or regional NGOs (2011 Directives); this organisation's scope is ${org.scope}`);
      }
      if (entry.decidedBy !== undefined && entry.decidedBy !== 'EB') {
        push(i, 'decidedBy', 'associate status is decided by the Executive Board (2011 Directives)');
      }
    }
    if (category === 'consultative' && entry.decidedBy !== undefined && entry.decidedBy !== 'DG') {
      push(i, 'decidedBy', 'consultative status is decided by the Director-General (2011 Directives)');
    }
    if (CATEGORIES_2011.has(category) && from !== undefined && from < DIRECTIVES_2011) {
      push(i, 'from', `${category} status exists from the 2011 Directives on; record the relation before ${DIRECTIVES_2011} with its legacy category, or with none if no source names it`);
    }
    if (CATEGORIES_1995.has(category)) {
      const ended = `"${category}" is a category of the 1995 Directives, replaced in the 2011–2012 reclassification`;
      if (from !== undefined && from < DIRECTIVES_1995) push(i, 'from', `"${category}" is a category of the 1995 Directives; before ${DIRECTIVES_1995} the 1960 categories applied`);
      if (from !== undefined && from > RECLASSIFICATION_END) push(i, 'from', ended);
      else if (to !== undefined && to > RECLASSIFICATION_END) push(i, 'to', ended);
    }
    if (CATEGORIES_1960.has(category)) {
      const ended = `"${category}" is a category of the 1960 Directives, replaced by the 1995 Directives`;
      if (from !== undefined && from >= DIRECTIVES_1995) push(i, 'from', ended);
      else if (to !== undefined && to > DIRECTIVES_1995) push(i, 'to', ended);
    }
  });
  return issues;
}
