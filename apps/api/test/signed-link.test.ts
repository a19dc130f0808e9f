import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from '../src/access/signed-link.js';

const SECRET = 'test-secret-0123456789abcdef0123456789';
const now = new Date('2026-12-01T10:00:00Z');
const exp = now.getTime() / 1000 + 3600;

describe('signed links', () => {
  it('verify for their purpose and subject until they expire', () => {
    const token = signLink(SECRET, { purpose: 'unsubscribe', subject: 'ana@example.org', exp, data: '2026-11' });
    expect(verifyLink(SECRET, token, 'unsubscribe', now)).toEqual({ ok: true, payload: { purpose: 'unsubscribe', subject: 'ana@example.org', exp, data: '2026-11' } });
    expect(verifyLink(SECRET, token, 'unsubscribe', new Date((exp + 1) * 1000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyLink(SECRET, token, 'confirm-subscription', now)).toEqual({ ok: false, reason: 'wrong-purpose' });
  });

  it('cannot be forged for another address, nor with another secret', () => {
    const token = signLink(SECRET, { purpose: 'unsubscribe', subject: 'ana@example.org' });
    const [, signature] = token.split('.');
    const otherBody = Buffer.from(JSON.stringify({ purpose: 'unsubscribe', subject: 'bo@example.org' })).toString('base64url');
    expect(verifyLink(SECRET, `${otherBody}.${signature}`, 'unsubscribe', now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink('another-secret-0123456789abcdef012345', token, 'unsubscribe', now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('rejects what is not a token', () => {
    for (const junk of ['', 'abc', 'a.b.c', 'a b.c', '.x', `${Buffer.from('not json').toString('base64url')}.x`])
      expect(verifyLink(SECRET, junk, 'unsubscribe', now).ok).toBe(false);
  });
});
