import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { browserClient, invitationSecret } from './server-people.js';

// client.mailPreferences against the real server, signed in with a cookie session (the CSRF token goes with the PUT).
const server = useRealServer();

describe('mail preferences against the real server', () => {
  it('reads the defaults and sets new ones', async () => {
    const browser = browserClient(`${server.url}/v1`);
    await browser.session.acceptInvitation({
      secret: invitationSecret(server.localInvitation!.link),
      displayName: 'Ama Secretariat',
      email: 'ama@secretariat.example.org',
      password: 'correct horse battery staple',
    });
    expect(await browser.mailPreferences.get()).toEqual({ notices: true, digest: 'off', language: 'en' });
    expect(await browser.mailPreferences.set({ notices: true, digest: 'weekly', language: 'zh' })).toEqual({ notices: true, digest: 'weekly', language: 'zh' });
    expect(await browser.mailPreferences.get()).toEqual({ notices: true, digest: 'weekly', language: 'zh' });
    const bad = await browser.mailPreferences.set({ notices: 'yes', digest: 'weekly', language: 'zh' } as never).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(ValidationError);
  });
});
