import type { FieldIssue } from '../schemas/problem.js';

/** Invalid data: every issue names the field (a path) and the reason. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], summary = 'Invalid data') {
    super(`${summary}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}
