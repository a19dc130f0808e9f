import fc from 'fast-check';

/** The part of an OpenAPI parameter the fuzz test reads. */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface JsonSchema {
  type?: string;
  enum?: readonly (string | number)[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

/**
 * Values that match a parameter's schema, as the strings a URL carries (one per repetition
 * for arrays). Enough of JSON Schema for the document's parameters: enums and bounded numbers;
 * a free string (an id, a time zone, a date) takes one of `known`, which the caller reads from
 * the served data, since the schema alone does not say which ids exist.
 */
export function validValues(schema: JsonSchema = {}, known: readonly string[] = []): fc.Arbitrary<string[]> {
  if (schema.type === 'array') return fc.array(validValues(schema.items, known), { minLength: 1, maxLength: 3 }).map((lists) => lists.flat());
  return validScalar(schema, known).map((value) => [value]);
}

function validScalar(schema: JsonSchema, known: readonly string[]): fc.Arbitrary<string> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum.map(String));
  if (schema.type === 'integer') return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000 }).map(String);
  // Plain decimals: a query string is no place for 1e-189.
  if (schema.type === 'number') return fc.integer({ min: (schema.minimum ?? 0) * 100, max: (schema.maximum ?? 1_000) * 100 }).map((n) => String(n / 100));
  if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (known.length) return fc.constantFrom(...known);
  throw new Error(`no valid sample for ${JSON.stringify(schema)}: give the fuzz test known values for it`);
}

/** Strings that have broken parsers before: numbers at and past their limits, encodings, injections. */
const NASTY_STRINGS = [
  '',
  ' ',
  '%',
  '%00',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '\u202Eevil',
  '🦄'.repeat(300),
  'a'.repeat(10_000),
  'a'.repeat(20_000),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{}',
  '[]',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1.5',
  '1e309',
  '99999999999999999999',
  '0x10',
  ' 5',
  '5 ',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31T99:99:99Z',
  'Mars/Olympus_Mons',
  'sector:-1',
  'sector:1e400',
  'sector:',
  ':1',
  '__proto__',
  'constructor',
  'toString',
];

/** One hostile string: random text of every kind (control characters, astral planes) or a known troublemaker. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Cursors a client could forge: base64url of random bytes or JSON, or plain garbage. */
export const badCursor: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc.json().map((json) => Buffer.from(json).toString('base64url')),
  fc.json().map((json) => Buffer.from(json).toString('base64')),
  hostileText,
);

/** What a query parameter can be sent as: one hostile value, many (repeated), or none but the name. */
export function hostileQueryValues(name: string): fc.Arbitrary<string[]> {
  return fc.oneof(
    (name === 'cursor' ? badCursor : hostileText).map((value) => [value]),
    fc.array(hostileText, { minLength: 2, maxLength: 60 }),
    fc.constant<string[]>(['']),
  );
}

/**
 * A path segment as it goes on the wire: hostile text percent-encoded, or raw segments that
 * try to climb out of the route or split it (dots, encoded slashes and dots, bad escapes).
 */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  hostileText.filter((s) => s.length > 0).map(encodeURIComponent),
  fc.constantFrom('..', '.', '%2e%2e', '%2E', '%2F', 'a%2Fb', '..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json', '%', '%zz', '%C0%AE%C0%AE', '%ED%A0%80', 'icom%00', 'ICOM', 'icom.json', '%20icom', 'x'.repeat(2_000)),
);

/** Accept (and friends) as odd clients send them; undefined sends none. */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    accept: fc.constantFrom('text/html', '*/*', 'application/xml', '', 'application/json;q=0', 'text/calendar', 'application/problem+json', 'image/*;q=0.1, garbage', 'a'.repeat(4_000)),
    'accept-encoding': fc.constantFrom('gzip;q=0, br, zstd, *', 'identity;q=0', 'x-unknown', ''),
    'accept-language': fc.constantFrom('zz', 'ar-EG,en;q=0.5', '*', '¿'),
    'if-none-match': fc.constantFrom('"x"', '*', 'W/"', ''),
  },
  { requiredKeys: [] },
);
