import type { FieldIssue } from '../schemas/problem.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Problems with a list of concept ids at `path` (e.g. `organizations[icom].fieldsOfInterest`):
 * an id the vocabulary does not define (with the concept it probably meant, when a label or
 * synonym says so) and an id listed twice.
 */
export function conceptIdIssues(ids: readonly string[], path: string, vocabulary: Vocabulary): FieldIssue[] {
  const issues: FieldIssue[] = [];
  ids.forEach((id, i) => {
    if (vocabulary.has(id)) return;
    const meant = vocabulary.conceptOfTerm(id);
    issues.push({
      path: `${path}[${i}]`,
      message: `unknown concept "${id}": fields of interest and themes are ids of the controlled vocabulary${meant ? ` (did you mean "${meant.id}"?)` : ''}`,
    });
  });
  if (new Set(ids).size !== ids.length) issues.push({ path, message: 'lists a concept twice' });
  return issues;
}
