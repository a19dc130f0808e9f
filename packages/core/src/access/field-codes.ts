/**
 * Stable codes for field errors in problem details (`errors[].code`). Elements translate
 * them in six languages; the English `message` beside each stays for people reading JSON.
 * Append only: a code once published keeps its meaning.
 */
export const FIELD_ERROR_CODES = [
  /** A value is needed here. */
  'required',
  /** Not a field of this body. */
  'unknown-field',
  /** The server sets this field (id, timestamps, revision, evidence…). */
  'server-owned',
  /** This role may not set this field (partnership category for non-Secretariat…). */
  'not-allowed',
  /** Wrong type or shape (a number where text is expected…). */
  'invalid-type',
  /** Does not match the expected format (URL, e-mail, date, slug…). */
  'invalid-format',
  /** Not one of the allowed values (a sector code, a vocabulary concept…). */
  'invalid-value',
  'too-long',
  'too-short',
  'too-many',
  'too-small',
  'too-large',
  /** The same value twice where each must be unique. */
  'duplicate',
  /** Contradicts another field or the record's rules (a name copied across languages without a source…). */
  'inconsistent',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
