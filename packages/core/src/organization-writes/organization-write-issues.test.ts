import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '../sample/index.js';
import { droppedKeyIssues, organizationWriteIssues } from './organization-write-issues.js';

describe('organizationWriteIssues', () => {
  it('accepts every sample organisation as stored: a patch is judged on what it changes', () => {
    for (const org of SAMPLE_ORGANIZATIONS) expect(organizationWriteIssues(org), org.id).toEqual({ organization: org });
  });
});

describe('droppedKeyIssues', () => {
  it('names each key parsing dropped, at its depth, and nothing else', () => {
    const input = { a: 1, b: { c: 2, d: [{ e: 3, f: 4 }] }, g: undefined };
    const output = { a: 1, b: { c: 2, d: [{ e: 3 }] } };
    expect(droppedKeyIssues(input, output)).toEqual([{ path: 'b.d[0].f', message: 'is not a field of this record', code: 'unknown-field' }]);
  });
});
