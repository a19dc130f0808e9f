import { describe, expect, it } from 'vitest';
import { organizationEtag, versionFromIfMatch } from './if-match.js';

describe('versionFromIfMatch', () => {
  it('reads the version of an organisation ETag, for any view and weak or strong', () => {
    expect(versionFromIfMatch('"7"')).toBe('7');
    expect(versionFromIfMatch(organizationEtag('12', 'partners'))).toBe('12');
    expect(versionFromIfMatch('W/"3"')).toBe('3');
    expect(versionFromIfMatch('7')).toBe('7');
  });

  it('names no version for a missing, wildcard, list or malformed header', () => {
    for (const header of [undefined, null, '', '*', '"1", "2"', '"abc"', '7.partners']) expect(versionFromIfMatch(header), String(header)).toBeUndefined();
  });
});
