import { partyKey, type ForumParty, type ForumTheme, type ForumThemeChoice, type ForumThemeSupport } from './forum-theme.js';

/** Why a forum-theme write is refused; the API maps each to a problem (409, or 404 for unknown). */
export type ForumThemeRefusal =
  | { code: 'choice-made'; status: 409 }
  | { code: 'already-supported'; status: 409 }
  | { code: 'not-supported'; status: 404 }
  | { code: 'unknown-theme'; status: 404 }
  | { code: 'empty-title'; status: 400; field: 'title' };

export type ForumThemeOutcome<T> = { ok: true; value: T } | { ok: false; refusal: ForumThemeRefusal };

const ok = <T>(value: T): ForumThemeOutcome<T> => ({ ok: true, value });
const no = <T>(refusal: ForumThemeRefusal): ForumThemeOutcome<T> => ({ ok: false, refusal });

/** A proposal needs a title in at least one language, and the event must not have chosen yet. */
export function proposeTheme(theme: ForumTheme, choice: ForumThemeChoice | undefined): ForumThemeOutcome<ForumTheme> {
  if (choice) return no({ code: 'choice-made', status: 409 });
  if (!Object.values(theme.title).some((text) => text && text.trim())) return no({ code: 'empty-title', status: 400, field: 'title' });
  return ok(theme);
}

/** One support per party per theme: a second one is a 409, never a duplicate. Supports close with the choice. */
export function supportTheme(
  theme: ForumTheme | undefined,
  supports: readonly ForumThemeSupport[],
  supporter: ForumParty,
  choice: ForumThemeChoice | undefined,
  now: Date,
): ForumThemeOutcome<ForumThemeSupport> {
  if (!theme) return no({ code: 'unknown-theme', status: 404 });
  if (choice) return no({ code: 'choice-made', status: 409 });
  const key = partyKey(supporter);
  if (supports.some((s) => s.theme === theme.id && partyKey(s.supporter) === key)) return no({ code: 'already-supported', status: 409 });
  return ok({ theme: theme.id, supporter, at: now.toISOString() });
}

/** Withdrawing removes the party's support; the remaining supports are returned. */
export function withdrawSupport(
  themeId: string,
  supports: readonly ForumThemeSupport[],
  supporter: ForumParty,
  choice: ForumThemeChoice | undefined,
): ForumThemeOutcome<ForumThemeSupport[]> {
  if (choice) return no({ code: 'choice-made', status: 409 });
  const key = partyKey(supporter);
  const rest = supports.filter((s) => !(s.theme === themeId && partyKey(s.supporter) === key));
  if (rest.length === supports.length) return no({ code: 'not-supported', status: 404 });
  return ok(rest);
}

/** The Secretariat chooses once per event; the choice closes proposals and supports. */
export function chooseTheme(theme: ForumTheme | undefined, existing: ForumThemeChoice | undefined, choice: ForumThemeChoice): ForumThemeOutcome<ForumThemeChoice> {
  if (!theme || theme.event !== choice.event) return no({ code: 'unknown-theme', status: 404 });
  if (existing) return no({ code: 'choice-made', status: 409 });
  return ok(choice);
}

export interface ForumThemeStanding {
  theme: ForumTheme;
  memberStates: number;
  ngos: number;
  total: number;
  chosen: boolean;
}

/**
 * Public standings. Ordering rule: most supports in total first; on a tie, most Member State
 * supports (the paper prepares forums "with Member States"); then the earlier proposal; then id,
 * so the order is total and stable.
 */
export function themeStandings(
  themes: readonly ForumTheme[],
  supports: readonly ForumThemeSupport[],
  choice: ForumThemeChoice | undefined,
): ForumThemeStanding[] {
  return themes
    .map((theme) => {
      const mine = supports.filter((s) => s.theme === theme.id);
      const memberStates = mine.filter((s) => s.supporter.kind === 'member-state').length;
      const ngos = mine.length - memberStates;
      return { theme, memberStates, ngos, total: mine.length, chosen: choice?.theme === theme.id };
    })
    .sort(
      (a, b) =>
        b.total - a.total ||
        b.memberStates - a.memberStates ||
        a.theme.proposedAt.localeCompare(b.theme.proposedAt) ||
        a.theme.id.localeCompare(b.theme.id),
    );
}
