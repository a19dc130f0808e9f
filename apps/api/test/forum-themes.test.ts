import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, EventForumThemes, EventPhaseRegistrations, InboxItem } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * Forums prepared with Member States over HTTP against a real database, on a clock the test sets:
 * Kenya and an NGO propose themes for the (fictional) next International NGO Forum, Member States
 * and NGOs support them once each, the standings are public, the Secretariat chooses with its
 * reasons (the proposers find it in their inbox), and Member States register for the phases.
 */
let clock = new Date('2026-12-04T12:00:00Z');
const server = useTestServer({ now: () => clock });
const { send } = writeRequests(server);
const OWN = 'demo-lanternfish-literacy-network';
const OTHER = 'demo-quiet-orbit-science-circle';
const EVENT = 'demo-coastal-literacy-forum'; // 14 January 2027, 09:00 in Dakar, on this clock
const tokens = {} as Record<'secretariat' | 'editor' | 'other' | 'kenya' | 'france' | 'both' | 'sector', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  // The clock moves past the event below: tokens outlive it.
  const issue = async (roles: Parameters<typeof issueTestToken>[1]) => (await issueTestToken(storage, roles, { expiresAt: new Date('2030-01-01T00:00:00Z') })).token;
  tokens.secretariat = await issue([{ role: 'secretariat' }]);
  tokens.editor = await issue([{ role: 'ngo-editor', organization: OWN }]);
  tokens.other = await issue([{ role: 'ngo-editor', organization: OTHER }]);
  tokens.kenya = await issue([{ role: 'member-state', country: 'KE', via: 'delegation' }]);
  tokens.france = await issue([{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  tokens.both = await issue([{ role: 'member-state', country: 'PT', via: 'delegation' }, { role: 'ngo-editor', organization: OTHER }]);
  tokens.sector = await issue([{ role: 'sector', sector: 'ED' }]);
});

const proposal = (over: Record<string, unknown> = {}) => ({ title: { en: 'Reading circles and open science' }, description: { en: 'Why it matters now.' }, ...over });
const standings = async () => (await send('GET', `/v1/events/${EVENT}/forum-themes`)).body as EventForumThemes;
const counts = async () => (await standings()).items.map((s) => [s.theme.id, s.memberStates, s.ngos]);

describe('forum themes for the next International NGO Forum', () => {
  const ids = {} as Record<'kenya' | 'ngo', string>;

  it('are proposed by a Member State and by an NGO editor (201, Location, audited)', async () => {
    const byKenya = await send('POST', `/v1/events/${EVENT}/forum-themes`, { token: tokens.kenya, body: proposal() });
    expect(byKenya.status, JSON.stringify(byKenya.body)).toBe(201);
    ids.kenya = byKenya.body.id;
    expect(byKenya.headers.get('location')).toBe(`/v1/forum-themes/${ids.kenya}`);
    expect(byKenya.body).toMatchObject({ event: EVENT, proposer: { kind: 'member-state', country: 'KE' }, proposedAt: clock.toISOString() });
    clock = new Date('2026-12-05T12:00:00Z');
    const byNgo = await send('POST', `/v1/events/${EVENT}/forum-themes`, { token: tokens.editor, body: proposal({ title: { fr: 'Les langues des côtes' }, description: {} }) });
    expect(byNgo.status).toBe(201);
    ids.ngo = byNgo.body.id;
    expect(byNgo.body.proposer).toEqual({ kind: 'ngo', organization: OWN });
    const audit = await send('GET', `/v1/audit?entityId=${ids.kenya}`, { token: tokens.secretariat });
    expect((audit.body.items as AuditEntry[]).map((e) => [e.action, e.role])).toEqual([['forum-theme.propose', 'member-state:KE:delegation']]);
  });

  it('are proposed once per Idempotency-Key: a retry gets the first answer, not a second theme', async () => {
    const later = 'demo-cedar-lantern-forum';
    const headers = { 'idempotency-key': 'b9d8c1e2-0f4a-4c1b-9a57-5e2f7c3d1a00' };
    const first = await send('POST', `/v1/events/${later}/forum-themes`, { token: tokens.kenya, body: proposal(), headers });
    const again = await send('POST', `/v1/events/${later}/forum-themes`, { token: tokens.kenya, body: proposal(), headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(((await send('GET', `/v1/events/${later}/forum-themes`)).body as EventForumThemes).items).toHaveLength(1);
  });

  it('are refused with problems naming the field: 401, 403, 400, 404, 409', async () => {
    const path = `/v1/events/${EVENT}/forum-themes`;
    expect((await send('POST', path, { body: proposal() })).status).toBe(401);
    expect((await send('POST', path, { token: tokens.secretariat, body: proposal() })).status).toBe(403);
    expect((await send('POST', path, { token: tokens.sector, body: proposal() })).status).toBe(403);
    expect((await send('POST', path, { token: tokens.editor, body: proposal({ organization: OTHER }) })).status).toBe(403);
    const empty = await send('POST', path, { token: tokens.kenya, body: proposal({ title: { en: '  ' } }) });
    expect(empty.status).toBe(400);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(empty.body.errors)).toContain('title');
    const ambiguous = await send('POST', path, { token: tokens.both, body: proposal() });
    expect(ambiguous.status).toBe(201); // a State and an NGO: the State acts unless `organization` says otherwise
    expect(ambiguous.body.proposer).toEqual({ kind: 'member-state', country: 'PT' });
    const unknownField = await send('POST', path, { token: tokens.kenya, body: proposal({ votes: 3 }) });
    expect(unknownField.status).toBe(400);
    expect((await send('POST', '/v1/events/no-such-event/forum-themes', { token: tokens.kenya, body: proposal() })).status).toBe(404);
    expect((await send('POST', '/v1/events/demo-saltmarsh-heritage-debate/forum-themes', { token: tokens.kenya, body: proposal() })).status).toBe(409);
    expect((await send('GET', '/v1/events/demo-saltmarsh-heritage-debate/forum-themes')).status).toBe(409);
    expect((await send('GET', '/v1/events/no-such-event/forum-themes')).status).toBe(404);
  });

  it('take one support per Member State or NGO; a second is a 409 and never a duplicate', async () => {
    const support = (token: string, id: string, body: object = {}) => send('POST', `/v1/forum-themes/${id}/support`, { token, body });
    expect((await support(tokens.france, ids.ngo)).status).toBe(201);
    expect((await support(tokens.kenya, ids.ngo)).status).toBe(201);
    expect((await support(tokens.editor, ids.kenya)).status).toBe(201);
    const again = await support(tokens.france, ids.ngo);
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect((await support(tokens.both, ids.kenya, { organization: OTHER })).status).toBe(201);
    expect((await support(tokens.secretariat, ids.kenya)).status).toBe(403);
    expect((await support(tokens.kenya, 'no-such-theme')).status).toBe(404);
    expect((await send('POST', `/v1/forum-themes/${ids.kenya}/support`, { body: {} })).status).toBe(401);
    // Two supports of the same NGO at once: the primary key keeps one, the other is a 409.
    const racing = await Promise.all([support(tokens.other, ids.ngo), support(tokens.other, ids.ngo)]);
    expect(racing.map((a) => a.status).sort()).toEqual([201, 409]);
    const theme = await send('GET', `/v1/forum-themes/${ids.ngo}`);
    expect(theme.body).toMatchObject({ memberStates: 2, ngos: 1, total: 3, chosen: false });
  });

  it('have public standings: most supported first, counted by Member States and by NGOs', async () => {
    const rows = await counts();
    expect(rows.slice(0, 2)).toEqual([
      [ids.ngo, 2, 1],
      [ids.kenya, 0, 2],
    ]);
    const anonymous = await send('GET', `/v1/events/${EVENT}/forum-themes`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.choice).toBeNull();
  });

  it('lets a support be withdrawn (404 when there is none), and given again', async () => {
    const withdraw = (token: string, id: string) => send('POST', `/v1/forum-themes/${id}/support/withdraw`, { token, body: {} });
    const withdrawn = await withdraw(tokens.kenya, ids.ngo);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ memberStates: 1, ngos: 1 });
    expect((await withdraw(tokens.kenya, ids.ngo)).status).toBe(404);
    expect((await send('POST', `/v1/forum-themes/${ids.ngo}/support`, { token: tokens.kenya, body: {} })).status).toBe(201);
  });

  it('is chosen once by the Secretariat with its reasons; the proposers hear of it; proposals and supports close', async () => {
    const path = `/v1/events/${EVENT}/forum-theme-choice`;
    const body = { theme: ids.kenya, reasons: { en: 'Supported by NGOs of three regions.', fr: 'Soutenu par des ONG de trois régions.' } };
    expect((await send('POST', path, { token: tokens.kenya, body })).status).toBe(403);
    const badTheme = await send('POST', path, { token: tokens.secretariat, body: { ...body, theme: 'no-such-theme' } });
    expect(badTheme.status).toBe(400);
    expect(JSON.stringify(badTheme.body.errors)).toContain('theme');
    const noReasons = await send('POST', path, { token: tokens.secretariat, body: { theme: ids.kenya } });
    expect(noReasons.status).toBe(400);
    expect(JSON.stringify(noReasons.body.errors)).toContain('reasons');
    const chosen = await send('POST', path, { token: tokens.secretariat, body });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201);
    expect(chosen.body).toEqual({ event: EVENT, theme: ids.kenya, reasons: body.reasons, chosenAt: clock.toISOString() });
    expect((await send('POST', path, { token: tokens.secretariat, body: { ...body, theme: ids.ngo } })).status).toBe(409);

    const list = await standings();
    expect(list.choice).toEqual(chosen.body);
    expect(list.items.find((s) => s.theme.id === ids.kenya)?.chosen).toBe(true);

    for (const token of [tokens.kenya, tokens.editor]) {
      const items = (await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[];
      expect(items.filter((i) => i.kind === 'forum-theme.chosen')).toEqual([
        expect.objectContaining({ subject: { type: 'forum-theme', id: ids.kenya }, title: { en: 'Reading circles and open science' }, summary: body.reasons }),
      ]);
    }
    // France supported but proposed nothing: nothing in its inbox.
    expect(((await send('GET', '/v1/inbox?limit=100', { token: tokens.france })).body.items as InboxItem[]).filter((i) => i.kind === 'forum-theme.chosen')).toEqual([]);

    expect((await send('POST', `/v1/events/${EVENT}/forum-themes`, { token: tokens.kenya, body: proposal() })).status).toBe(409);
    expect((await send('POST', `/v1/forum-themes/${ids.ngo}/support`, { token: tokens.other, body: {} })).status).toBe(409);
    expect((await send('POST', `/v1/forum-themes/${ids.ngo}/support/withdraw`, { token: tokens.kenya, body: {} })).status).toBe(409);
  });

  it('refuses proposals and supports once another forum has begun', async () => {
    const later = 'demo-baobab-youth-forum';
    const id = (await send('POST', `/v1/events/${later}/forum-themes`, { token: tokens.kenya, body: proposal() })).body.id as string;
    const saved = clock;
    clock = new Date('2027-03-05T12:00:00Z'); // the Baobab forum runs 3–4 March 2027 in Nairobi
    try {
      expect((await send('POST', `/v1/events/${later}/forum-themes`, { token: tokens.kenya, body: proposal() })).status).toBe(409);
      expect((await send('POST', `/v1/forum-themes/${id}/support`, { token: tokens.france, body: {} })).status).toBe(409);
    } finally {
      clock = saved;
    }
  });
});

describe("Member States' phase registrations", () => {
  const path = `/v1/events/${EVENT}/phase-registrations`;

  it('register a phase with a role (201), change the role (200), and list in lifecycle order', async () => {
    const first = await send('POST', path, { token: tokens.kenya, body: { phase: 'financing', role: 'funder' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toEqual({ event: EVENT, country: 'KE', phase: 'financing', role: 'funder', registeredAt: clock.toISOString(), updatedAt: clock.toISOString() });
    const registeredAt = clock.toISOString();
    clock = new Date('2026-12-06T09:00:00Z');
    const changed = await send('POST', path, { token: tokens.kenya, body: { phase: 'financing', role: 'co-organiser' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: 'co-organiser', registeredAt, updatedAt: clock.toISOString() });
    expect((await send('POST', path, { token: tokens.france, body: { phase: 'preparation', role: 'speaker' } })).status).toBe(201);
    const list = (await send('GET', path)).body as EventPhaseRegistrations;
    expect(list.items.map((r) => [r.phase, r.country, r.role])).toEqual([
      ['preparation', 'FR', 'speaker'],
      ['financing', 'KE', 'co-organiser'],
    ]);
  });

  it('are refused to others, and for unknown phases or roles', async () => {
    expect((await send('POST', path, { body: { phase: 'conduct', role: 'participant' } })).status).toBe(401);
    expect((await send('POST', path, { token: tokens.editor, body: { phase: 'conduct', role: 'participant' } })).status).toBe(403);
    expect((await send('POST', path, { token: tokens.secretariat, body: { phase: 'conduct', role: 'participant' } })).status).toBe(403);
    expect((await send('POST', path, { token: tokens.kenya, body: { phase: 'conduct', role: 'participant', country: 'FR' } })).status).toBe(403);
    const bad = await send('POST', path, { token: tokens.kenya, body: { phase: 'party', role: 'host' } });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['phase', 'role']);
    expect((await send('POST', '/v1/events/no-such-event/phase-registrations', { token: tokens.kenya, body: { phase: 'conduct', role: 'participant' } })).status).toBe(404);
  });

  it('are withdrawn by the Member State itself (204, audited), 404 after', async () => {
    expect((await send('DELETE', `${path}/KE/financing`)).status).toBe(401);
    expect((await send('DELETE', `${path}/KE/financing`, { token: tokens.france })).status).toBe(403);
    expect((await send('DELETE', `${path}/KE/party`, { token: tokens.kenya })).status).toBe(400);
    expect((await send('DELETE', `${path}/KE/financing`, { token: tokens.kenya })).status).toBe(204);
    expect((await send('DELETE', `${path}/KE/financing`, { token: tokens.kenya })).status).toBe(404);
    expect(((await send('GET', path)).body as EventPhaseRegistrations).items.map((r) => r.country)).toEqual(['FR']);
    const audit = await send('GET', `/v1/audit?entityId=${EVENT}`, { token: tokens.secretariat });
    expect((audit.body.items as AuditEntry[]).map((e) => e.action).sort()).toEqual(['forum-phase.register', 'forum-phase.register', 'forum-phase.register', 'forum-phase.withdraw']);
  });
});

describe('real and fictional records kept apart', () => {
  it('refuses a real NGO on a fictional forum and a fictional NGO on a real one (409), as hearings do', async () => {
    const storage = server.running.storage;
    const icom = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: 'icom' }], { expiresAt: new Date('2030-01-01T00:00:00Z') })).token;
    const later = 'demo-baobab-youth-forum';
    const onFictional = await send('POST', `/v1/events/${later}/forum-themes`, { token: icom, body: proposal() });
    expect(onFictional.status).toBe(409);
    expect(onFictional.headers.get('content-type')).toContain('application/problem+json');
    expect(onFictional.body.detail).toContain('fictional demo event');
    const onReal = await send('POST', '/v1/events/icngo-2018/forum-themes', { token: tokens.editor, body: proposal() });
    expect(onReal.status).toBe(409);
    expect(onReal.body.detail).toContain('is real');
    // Supports too: the real NGO does not support a fictional forum's theme; a fictional one does.
    const theme = (await send('GET', `/v1/events/${later}/forum-themes`)).body as EventForumThemes;
    const id = theme.items[0]!.theme.id;
    expect((await send('POST', `/v1/forum-themes/${id}/support`, { token: icom, body: {} })).status).toBe(409);
    expect((await send('POST', `/v1/forum-themes/${id}/support`, { token: tokens.editor, body: {} })).status).toBe(201);
    // Nothing was written by the refusals.
    expect(((await send('GET', '/v1/events/icngo-2018/forum-themes')).body as EventForumThemes).items).toEqual([]);
    expect(((await send('GET', `/v1/events/${later}/forum-themes`)).body as EventForumThemes).items.map((s) => s.theme.proposer)).toEqual([{ kind: 'member-state', country: 'KE' }]);
  });
});
