import { describe, expect, it } from 'vitest';
import { httpUrl } from './safe-url.js';

describe('httpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(httpUrl('https://icom.museum/en/')).toBe('https://icom.museum/en/');
    expect(httpUrl(' http://example.org ')).toBe('http://example.org/');
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@example.org', '//evil.example.org', '/relative', 'not a url', '', 42, null])(
    'refuses %j',
    (value) => {
      expect(httpUrl(value)).toBeUndefined();
    },
  );
});
