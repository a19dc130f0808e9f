import { beforeAll, describe, expect, it } from 'vitest';
import type { EventForumThemes, InboxItem } from '@ngo-liaison/core';
import { issueTestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * A proposal never slips in after the event's theme is chosen: proposals, supports and the
 * choice of one event take the event's lock in their transaction (forum-theme-repository.ts
 * `lockEvent`). A proposal either commits before the choice reads the themes (then the choice
 * saw it and its proposer finds the choice in its inbox) or is refused with a 409.
 */
const clock = new Date('2026-12-04T12:00:00Z');
const server = useTestServer({ now: () => clock });
const { send } = writeRequests(server);
const SEQUENTIAL = 'demo-cedar-lantern-forum';
const RACED = 'demo-baobab-youth-forum'; // 3–4 March 2027 in Nairobi, on this clock
const COUNTRIES = ['KE', 'FR', 'BR', 'JP', 'SN', 'IN', 'MX', 'NO', 'EG', 'VN'] as const;
const tokens = {} as Record<(typeof COUNTRIES)[number] | 'secretariat', string>;

beforeAll(async () => {
  const storage = server.running.storage;
  tokens.secretariat = (await issueTestToken(storage, [{ role: 'secretariat' }])).token;
  for (const country of COUNTRIES) tokens[country] = (await issueTestToken(storage, [{ role: 'member-state', country, via: 'delegation' }])).token;
});

const proposal = (title: string) => ({ title: { en: title }, description: {} });
const choose = (event: string, theme: string) => send('POST', `/v1/events/${event}/forum-theme-choice`, { token: tokens.secretariat, body: { theme, reasons: { en: 'Most supported.' } } });
const chosenNotices = async (token: string, event: string) =>
  ((await send('GET', '/v1/inbox?limit=100', { token })).body.items as InboxItem[]).filter((i) => i.kind === 'forum-theme.chosen' && i.reasons?.includes(`event:${event}`));

describe('a proposal racing the choice of the theme', () => {
  it('is refused (409, problem+json) once the choice is made', async () => {
    const first = await send('POST', `/v1/events/${SEQUENTIAL}/forum-themes`, { token: tokens.KE, body: proposal('Archives of the coast') });
    expect(first.status).toBe(201);
    expect((await choose(SEQUENTIAL, first.body.id)).status).toBe(201);
    const late = await send('POST', `/v1/events/${SEQUENTIAL}/forum-themes`, { token: tokens.FR, body: proposal('Too late') });
    expect(late.status).toBe(409);
    expect(late.headers.get('content-type')).toContain('application/problem+json');
    expect(((await send('GET', `/v1/events/${SEQUENTIAL}/forum-themes`)).body as EventForumThemes).items.map((s) => s.theme.id)).toEqual([first.body.id]);
  });

  it('sent together with the choice: every accepted proposal was seen by the choice, every other is a 409', async () => {
    const first = await send('POST', `/v1/events/${RACED}/forum-themes`, { token: tokens.KE, body: proposal('Youth and water') });
    expect(first.status).toBe(201);
    const racers = COUNTRIES.slice(1);
    // The choice goes out in the middle of the proposals, all at once.
    const half = Math.floor(racers.length / 2);
    const sent = racers.map((country) => send('POST', `/v1/events/${RACED}/forum-themes`, { token: tokens[country], body: proposal(`Theme of ${country}`) }));
    sent.splice(half, 0, choose(RACED, first.body.id));
    const answers = await Promise.all(sent);
    const choice = answers.splice(half, 1)[0]!;
    expect(choice.status, JSON.stringify(choice.body)).toBe(201);
    expect(answers.every((a) => a.status === 201 || a.status === 409), JSON.stringify(answers.map((a) => a.status))).toBe(true);

    const accepted = racers.filter((_, i) => answers[i]!.status === 201);
    const refused = racers.filter((_, i) => answers[i]!.status === 409);
    const listed = ((await send('GET', `/v1/events/${RACED}/forum-themes`)).body as EventForumThemes).items.map((s) => s.theme.proposer);
    // Exactly the first theme and the accepted ones are stored: no refused proposal left a row.
    expect(listed.map((p) => (p.kind === 'member-state' ? p.country : p.organization)).sort()).toEqual(['KE', ...accepted].sort());
    // The choice read every stored theme: each accepted proposer heard of it, no refused one did.
    for (const country of ['KE', ...accepted]) expect(await chosenNotices(tokens[country as keyof typeof tokens], RACED), country).toHaveLength(1);
    for (const country of refused) expect(await chosenNotices(tokens[country], RACED), country).toEqual([]);
    // After the race, a proposal is a 409 whatever the timing was.
    expect((await send('POST', `/v1/events/${RACED}/forum-themes`, { token: tokens.VN, body: proposal('Later still') })).status).toBe(409);
  });
});
