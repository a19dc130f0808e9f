import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UnauthorizedError, ValidationError, createClient } from '../src/index.js';
import { createHandlers } from '../src/msw/index.js';
import { PEOPLE } from './write-fixtures.js';

// client.mailPreferences against the msw handlers: the defaults, a change, a refused value.
const BASE = 'https://api.liaison.example.org/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createHandlers({ baseUrl: BASE, people: Object.values(PEOPLE) })));
afterAll(() => server.close());

const as = (token?: string) => createClient({ baseUrl: BASE, retries: 0, ...(token ? { token } : {}) });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

describe('client.mailPreferences', () => {
  it('reads the defaults, sets new ones and reads them back', async () => {
    const client = as(PEOPLE.editor.token);
    expect(await client.mailPreferences.get()).toEqual({ notices: true, digest: 'off', language: 'en' });
    expect(await client.mailPreferences.set({ notices: false, digest: 'weekly', language: 'ar' })).toEqual({ notices: false, digest: 'weekly', language: 'ar' });
    expect(await client.mailPreferences.get()).toEqual({ notices: false, digest: 'weekly', language: 'ar' });
  });

  it('refuses a bad value before sending it, and answers 401 to nobody', async () => {
    const client = as(PEOPLE.editor.token);
    const bad = await failure(client.mailPreferences.set({ notices: true, digest: 'hourly', language: 'fr' } as never));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(await failure(as().mailPreferences.get())).toBeInstanceOf(UnauthorizedError);
  });
});
