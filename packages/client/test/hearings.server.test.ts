import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, createClient } from '../src/index.js';
import { useRealServer } from './real-server.js';
import { signUpPeople } from './server-people.js';
import { NGO } from './workflow-fixtures.js';

/*
 * client.hearings against the real server (SQLite, or PostgreSQL in that project): an NGO's
 * editor asks to be heard on the fictional next NGP session, the Secretariat accepts with a
 * slot, the hearing is in the session's programme and the calendar; a withdrawal cancels it.
 */
const server = useRealServer();
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);
let people: Awaited<ReturnType<typeof signUpPeople<'editor' | 'otherEditor'>>>;
const SESSION = 'demo-ngp-next';

beforeAll(async () => {
  people = await signUpPeople(`${server.url}/v1`, server.localInvitation!.link, {
    editor: [{ role: 'ngo-editor', organization: NGO }],
    otherEditor: [{ role: 'ngo-editor', organization: 'demo-saltmarsh-heritage-collective' }],
  });
});

describe('hearings against the real server', () => {
  it('requested by the NGO, accepted with a slot by the Secretariat, in the programme and the calendar, then withdrawn', async () => {
    const { editor, otherEditor, secretariat } = people;
    const anonymous = createClient({ baseUrl: `${server.url}/v1`, retries: 0 });
    const request = { session: SESSION, agendaItem: '1', organization: NGO, statement: 'We would speak on open skies.', language: 'en' } as const;
    expect(await failure(editor.client.hearings.request({ ...request, statement: '' }))).toBeInstanceOf(ValidationError);
    expect(await failure(otherEditor.client.hearings.request(request))).toBeInstanceOf(ForbiddenError);
    const hearing = await editor.client.hearings.request(request);
    expect(hearing.state).toBe('requested');
    expect(await failure(otherEditor.client.hearings.get(hearing.id))).toBeInstanceOf(NotFoundError);

    const session = (await anonymous.sessions.get(SESSION))!;
    const slot = { start: `${session.dates!.start}T08:00:00Z`, end: `${session.dates!.start}T08:20:00Z`, timeZone: 'Europe/Paris' };
    expect(await failure(editor.client.hearings.accept(hearing.id, slot))).toBeInstanceOf(ForbiddenError);
    const accepted = await secretariat.client.hearings.accept(hearing.id, slot);
    expect(accepted).toMatchObject({ state: 'accepted', slot });
    expect(await failure(secretariat.client.hearings.decline(hearing.id, 'Too late'))).toBeInstanceOf(ConflictError);
    expect(await anonymous.hearings.ofSession(SESSION)).toEqual([expect.objectContaining({ id: hearing.id, slot })]);
    expect(await anonymous.events.get(accepted.eventId!)).toMatchObject({ kind: 'ngo-hearing', status: 'confirmed', sessionId: SESSION });
    expect((await editor.client.hearings.list({ organization: NGO })).items.map((h) => h.id)).toEqual([hearing.id]);

    expect((await editor.client.hearings.withdraw(hearing.id)).state).toBe('withdrawn');
    expect(await anonymous.hearings.ofSession(SESSION)).toEqual([]);
    expect(await anonymous.events.get(accepted.eventId!)).toMatchObject({ status: 'cancelled' });
  });
});
