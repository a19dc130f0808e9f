import type { FieldIssue } from '../schemas/problem.js';
import type { Organization } from '../schemas/organization.js';

/**
 * A real organisation's name in one language that repeats its name in another, with no
 * source for it (`provenance.nameSources`): the copy was filled in, not found. A proper name
 * that an organisation does keep in French ("PEN International") is recorded with the page
 * that shows it; otherwise the language is left out and display falls back.
 */
export function copiedNameIssues(org: Pick<Organization, 'name' | 'provenance'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const entries = Object.entries(org.name).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const sources: Record<string, string | undefined> = org.provenance.nameSources ?? {};
  entries.forEach(([language, text], i) => {
    const copyOf = entries.slice(0, i).find(([, earlier]) => earlier === text)?.[0];
    if (copyOf !== undefined && !sources[language]) {
      issues.push({
        path: `name.${language}`,
        message: `repeats the ${copyOf} name without a source for it (provenance.nameSources.${language}); leave the language out instead`,
      });
    }
  });
  return issues;
}
