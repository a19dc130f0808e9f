/**
 * A LIKE pattern (with `escape '\'`) that finds `value` inside JSON text written by
 * JSON.stringify: the value as a JSON string, quotes and escapes included.
 */
export function jsonStringPattern(value: string): string {
  return `%${JSON.stringify(value).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
