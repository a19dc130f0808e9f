import type * as z from 'zod/mini';
import type { FieldErrorCode } from '../access/field-codes.js';

type ZodIssue = z.core.$ZodIssue;

/** The stable code of a zod issue (see FIELD_ERROR_CODES); a custom check may name its own in `params.code`. */
export function fieldIssueCode(issue: ZodIssue): FieldErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid-type';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : issue.origin === 'array' || issue.origin === 'set' ? 'too-many' : 'too-large';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 && issue.input === '' ? 'required' : 'too-short';
      return issue.origin === 'array' || issue.origin === 'set' ? (issue.minimum === 1 ? 'required' : 'too-short') : 'too-small';
    case 'invalid_format':
      return 'invalid-format';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid-value';
    case 'custom': {
      const code = (issue.params as { code?: FieldErrorCode } | undefined)?.code;
      return code ?? 'inconsistent';
    }
    default:
      return 'invalid-value';
  }
}
