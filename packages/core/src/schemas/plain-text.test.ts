import { describe, expect, it } from 'vitest';
import { safeParse } from '../errors/safe-parse.js';
import { FICTIONAL_ORGANIZATIONS } from '../sample/index.js';
import { Organization } from './organization.js';

const demo = FICTIONAL_ORGANIZATIONS[0]!;

/** The path and message of each issue, as a problem+json `errors` entry would carry them. */
function issuesOf(record: unknown): { path: string; message: string }[] {
  const result = safeParse(Organization, record);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('control characters in text fields', () => {
  it.each([
    ['a name', { name: { ...demo.name, en: 'Bell\u0007 Foundation' } }, 'name.en'],
    ['a description', { description: { en: 'Escape \u001B[2J sequence', fr: 'ok' } }, 'description.en'],
    ['a contact value', { contacts: [{ ...demo.contacts[0]!, value: 'contact@example.org\u0000' }] }, 'contacts.0.value'],
  ])('rejects C0 controls in %s, naming the field', (_, change, path) => {
    const issues = issuesOf({ ...demo, ...change });
    expect(issues).toEqual([{ path, message: expect.stringMatching(/control characters/) }]);
  });

  it('rejects a field of interest that is not a concept id (free text, a control character), naming the field', () => {
    for (const tag of ['museums\u007F', 'Museums', 'press freedom']) {
      expect(issuesOf({ ...demo, fieldsOfInterest: ['heritage', tag] }), tag).toEqual([{ path: 'fieldsOfInterest.1', message: 'must be a lower-case slug such as "museums"' }]);
    }
  });

  it('keeps line breaks and tabs where a field holds several lines (descriptions, postal addresses)', () => {
    expect(issuesOf({ ...demo, description: { en: 'First paragraph.\r\n\r\nSecond\tparagraph.', fr: 'Un.\nDeux.' } })).toEqual([]);
    expect(issuesOf({ ...demo, contacts: [{ kind: 'postal', value: '1 Example Street\n75000 Paris', fictional: true }] })).toEqual([]);
  });

  it.each([
    ['an identifier', { identifiers: [{ scheme: 'UIA', value: 'AA1234\nX' }] }, 'identifiers.0.value'],
    ['a city', { headquarters: { city: 'Paris\r\nX-Injected: 1', country: 'FR' } }, 'headquarters.city'],
    ['a decision reference', { partnership: [{ ...demo.partnership[0]!, decisionRef: '221 EX/\tDec' }] }, 'partnership.0.decisionRef'],
  ])('rejects line breaks and tabs in one-line %s', (_, change, path) => {
    const issues = issuesOf({ ...demo, ...change });
    expect(issues).toEqual([{ path, message: expect.stringMatching(/one line/) }]);
  });
});
