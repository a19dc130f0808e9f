import { expect } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type LiaisonClient } from '../src/index.js';
import { NGO } from './workflow-fixtures.js';

/** The fictional next International NGO Forum (next month, so always ahead of the clock). */
export const FORUM = 'demo-coastal-literacy-forum';

const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => undefined, (error: unknown) => error);

/**
 * One run of the forum-themes workflow through client.forumThemes, the same against the msw
 * handlers and the real server (they decide with the same core rules): Kenya and an NGO propose,
 * Senegal, Kenya and the NGO support once each, the Secretariat chooses with its reasons (the
 * proposers find it in their inbox), Kenya registers for a phase, changes its role, withdraws.
 */
export async function forumThemeScenario(people: Record<'secretariat' | 'editor' | 'kenya' | 'senegal', LiaisonClient>, anonymous: LiaisonClient): Promise<void> {
  const { secretariat, editor, kenya, senegal } = people;
  expect(await failure(kenya.forumThemes.propose(FORUM, { title: { en: '' }, description: {} }))).toBeInstanceOf(ValidationError);
  expect(await failure(secretariat.forumThemes.propose(FORUM, { title: { en: 'Not ours' }, description: {} }))).toBeInstanceOf(ForbiddenError);
  const byKenya = await kenya.forumThemes.propose(FORUM, { title: { en: 'Coastal languages online' }, description: { en: 'Why now.' } });
  expect(byKenya.proposer).toEqual({ kind: 'member-state', country: 'KE' });
  const byNgo = await editor.forumThemes.propose(FORUM, { title: { fr: 'Cercles de lecture' }, description: {} });
  expect(byNgo.proposer).toEqual({ kind: 'ngo', organization: NGO });

  await senegal.forumThemes.support(byNgo.id);
  await kenya.forumThemes.support(byNgo.id);
  await editor.forumThemes.support(byKenya.id);
  expect(await failure(senegal.forumThemes.support(byNgo.id))).toBeInstanceOf(ConflictError);
  expect(await failure(anonymous.forumThemes.get('no-such-theme'))).toBeInstanceOf(NotFoundError);
  const standings = await anonymous.forumThemes.list(FORUM);
  expect(standings.items.map((s) => [s.theme.id, s.memberStates, s.ngos])).toEqual([
    [byNgo.id, 2, 0],
    [byKenya.id, 0, 1],
  ]);
  expect(standings.choice).toBeNull();
  expect(await kenya.forumThemes.withdrawSupport(byNgo.id)).toMatchObject({ memberStates: 1, ngos: 0 });
  expect(await failure(kenya.forumThemes.withdrawSupport(byNgo.id))).toBeInstanceOf(NotFoundError);

  expect(await failure(kenya.forumThemes.choose(FORUM, { theme: byNgo.id, reasons: { en: 'Ours' } }))).toBeInstanceOf(ForbiddenError);
  const choice = await secretariat.forumThemes.choose(FORUM, { theme: byNgo.id, reasons: { en: 'Most supported by Member States.' } });
  expect(choice).toMatchObject({ event: FORUM, theme: byNgo.id });
  expect(await failure(secretariat.forumThemes.choose(FORUM, { theme: byKenya.id, reasons: { en: 'Again' } }))).toBeInstanceOf(ConflictError);
  expect(await failure(senegal.forumThemes.support(byKenya.id))).toBeInstanceOf(ConflictError);
  expect((await anonymous.forumThemes.list(FORUM)).choice).toEqual(choice);
  expect((await anonymous.forumThemes.get(byNgo.id)).chosen).toBe(true);
  for (const proposer of [kenya, editor]) {
    const items = (await proposer.inbox.page()).items.filter((item) => item.kind === 'forum-theme.chosen');
    expect(items.map((item) => [item.subject.id, item.summary])).toEqual([[byNgo.id, { en: 'Most supported by Member States.' }]]);
  }

  expect(await kenya.forumThemes.register(FORUM, { phase: 'financing', role: 'funder' })).toMatchObject({ country: 'KE', phase: 'financing', role: 'funder' });
  expect(await kenya.forumThemes.register(FORUM, { phase: 'financing', role: 'co-organiser' })).toMatchObject({ role: 'co-organiser' });
  await senegal.forumThemes.register(FORUM, { phase: 'preparation', role: 'speaker' });
  expect(await failure(editor.forumThemes.register(FORUM, { phase: 'conduct', role: 'participant' }))).toBeInstanceOf(ForbiddenError);
  expect((await anonymous.forumThemes.registrations(FORUM)).map((r) => [r.phase, r.country, r.role])).toEqual([
    ['preparation', 'SN', 'speaker'],
    ['financing', 'KE', 'co-organiser'],
  ]);
  expect(await failure(senegal.forumThemes.withdrawRegistration(FORUM, 'KE', 'financing'))).toBeInstanceOf(ForbiddenError);
  await kenya.forumThemes.withdrawRegistration(FORUM, 'KE', 'financing');
  expect(await failure(kenya.forumThemes.withdrawRegistration(FORUM, 'KE', 'financing'))).toBeInstanceOf(NotFoundError);
  expect((await anonymous.forumThemes.registrations(FORUM)).map((r) => r.country)).toEqual(['SN']);
}
