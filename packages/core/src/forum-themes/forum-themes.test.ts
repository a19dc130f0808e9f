import { describe, expect, it } from 'vitest';
import {
  chooseTheme,
  orderRegistrations,
  proposeTheme,
  registerPhase,
  supportTheme,
  themeStandings,
  withdrawPhase,
  withdrawSupport,
  type ForumTheme,
  type ForumThemeSupport,
} from './index.js';

const now = new Date('2026-12-04T12:00:00Z');
const theme = (id: string, proposedAt = '2026-11-01T00:00:00Z'): ForumTheme => ({
  id,
  event: 'icngo-2027',
  title: { en: `Theme ${id}`, fr: `Thème ${id}` },
  description: { en: 'Why' },
  proposer: { kind: 'member-state', country: 'FRA' },
  proposedAt,
});
const fra = { kind: 'member-state', country: 'FRA' } as const;
const ngo = { kind: 'ngo', organization: 'org-1' } as const;

describe('forum themes', () => {
  it('refuses a proposal without a title, and any proposal after the choice', () => {
    expect(proposeTheme({ ...theme('a'), title: { en: ' ' } }, undefined)).toMatchObject({ ok: false, refusal: { code: 'empty-title', field: 'title' } });
    const choice = { event: 'icngo-2027', theme: 'a', reasons: { en: 'r' }, chosenAt: now.toISOString() };
    expect(proposeTheme(theme('b'), choice)).toMatchObject({ ok: false, refusal: { status: 409 } });
    expect(proposeTheme(theme('b'), undefined).ok).toBe(true);
  });

  it('takes one support per party per theme, and a withdrawn support can be given again', () => {
    const first = supportTheme(theme('a'), [], fra, undefined, now);
    expect(first.ok).toBe(true);
    const supports = first.ok ? [first.value] : [];
    expect(supportTheme(theme('a'), supports, { kind: 'member-state', country: 'fra' }, undefined, now)).toMatchObject({ ok: false, refusal: { code: 'already-supported', status: 409 } });
    expect(supportTheme(theme('a'), supports, ngo, undefined, now).ok).toBe(true);
    const withdrawn = withdrawSupport('a', supports, fra, undefined);
    expect(withdrawn).toEqual({ ok: true, value: [] });
    expect(withdrawSupport('a', [], fra, undefined)).toMatchObject({ ok: false, refusal: { status: 404 } });
    expect(supportTheme(undefined, [], fra, undefined, now)).toMatchObject({ ok: false, refusal: { status: 404 } });
  });

  it('orders standings by total, then Member State supports, then earlier proposal', () => {
    const supports: ForumThemeSupport[] = [
      { theme: 'a', supporter: ngo, at: '' },
      { theme: 'a', supporter: { kind: 'ngo', organization: 'org-2' }, at: '' },
      { theme: 'b', supporter: fra, at: '' },
      { theme: 'b', supporter: ngo, at: '' },
      { theme: 'c', supporter: fra, at: '' },
    ];
    const rows = themeStandings([theme('c', '2026-10-01T00:00:00Z'), theme('a'), theme('b'), theme('d')], supports, undefined);
    expect(rows.map((r) => [r.theme.id, r.memberStates, r.ngos])).toEqual([
      ['b', 1, 1],
      ['a', 0, 2],
      ['c', 1, 0],
      ['d', 0, 0],
    ]);
  });

  it('records the choice once per event', () => {
    const choice = { event: 'icngo-2027', theme: 'a', reasons: { en: 'Most supported' }, chosenAt: now.toISOString() };
    expect(chooseTheme(theme('a'), undefined, choice).ok).toBe(true);
    expect(chooseTheme(theme('a'), choice, choice)).toMatchObject({ ok: false, refusal: { status: 409 } });
    expect(chooseTheme({ ...theme('a'), event: 'other' }, undefined, choice)).toMatchObject({ ok: false, refusal: { status: 404 } });
    expect(themeStandings([theme('a')], [], choice)[0]?.chosen).toBe(true);
  });
});

describe('phase registrations', () => {
  it('keeps one registration per state, phase and event, editable', () => {
    let regs = registerPhase([], { event: 'e', country: 'fra', phase: 'financing', role: 'funder' }, now);
    regs = registerPhase(regs, { event: 'e', country: 'FRA', phase: 'financing', role: 'co-organiser' }, new Date('2026-12-05T00:00:00Z'));
    expect(regs).toHaveLength(1);
    expect(regs[0]).toMatchObject({ country: 'FRA', role: 'co-organiser', registeredAt: now.toISOString(), updatedAt: '2026-12-05T00:00:00.000Z' });
    regs = registerPhase(regs, { event: 'e', country: 'KEN', phase: 'preparation', role: 'speaker' }, now);
    expect(orderRegistrations(regs).map((r) => r.phase)).toEqual(['preparation', 'financing']);
    expect(withdrawPhase(regs, { event: 'e', country: 'fra', phase: 'financing' })).toHaveLength(1);
    expect(withdrawPhase(regs, { event: 'e', country: 'fra', phase: 'conduct' })).toBeUndefined();
  });
});

describe('inputs', () => {
  it('parses a proposal and refuses an unknown phase', async () => {
    const { ForumThemeProposalInput, PhaseRegistrationInput } = await import('./index.js');
    expect(ForumThemeProposalInput.safeParse({ title: { fr: ' Jeunesse ' }, description: { fr: 'Pourquoi' } }).data?.title.fr).toBe('Jeunesse');
    expect(PhaseRegistrationInput.safeParse({ phase: 'party', role: 'funder' }).success).toBe(false);
  });
});
