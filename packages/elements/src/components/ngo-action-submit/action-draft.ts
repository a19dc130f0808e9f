import * as z from 'zod/mini';
import { ActionSubmission, LANGUAGES, issuesOf, type ActionActor, type FieldIssue, type Language } from '@ngo-liaison/core';

/** Text in the languages the author writes, as typed. */
export type LanguageDraft = Partial<Record<Language, string>>;

/**
 * What the form holds: the user's values exactly as typed (untrimmed, possibly invalid), so a
 * failed send never loses anything. `languages` are the languages the author writes in: the
 * title, description and outcomes have one field per language, and nothing is copied across.
 */
export interface ActionDraft {
  programme: string;
  languages: Language[];
  title: LanguageDraft;
  description: LanguageDraft;
  countries: string[];
  fieldOffices: string[];
  place: string;
  /** YYYY-MM-DD as the date input gives it ('' when empty). */
  start: string;
  end: string;
  outcomes: LanguageDraft[];
  /** Web addresses, one per line. */
  links: string;
  sdgs: number[];
}

export function emptyDraft(language: Language, programme = ''): ActionDraft {
  return { programme, languages: [language], title: {}, description: {}, countries: [], fieldOffices: [], place: '', start: '', end: '', outcomes: [], links: '', sdgs: [] };
}

/** The languages of the draft in the six's order (what the fields show). */
export const languagesOf = (draft: ActionDraft): Language[] => LANGUAGES.filter((lang) => draft.languages.includes(lang));

/** Text in each of the author's languages that has some (trimmed); `required` keeps blank ones, for the schema to name. */
function textOf(draft: ActionDraft, value: LanguageDraft, required: boolean): Record<string, string> {
  const entries = languagesOf(draft)
    .map((lang) => [lang, (value[lang] ?? '').trim()] as const)
    .filter(([, text]) => required || text !== '');
  return Object.fromEntries(entries);
}

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** The body of POST /v1/actions the draft makes (not yet checked: see validateDraft). */
export function submissionOf(draft: ActionDraft, actor: ActionActor): ActionSubmission {
  const description = textOf(draft, draft.description, false);
  const place = draft.place.trim();
  const links = lines(draft.links);
  return {
    actor,
    programme: draft.programme,
    title: textOf(draft, draft.title, true),
    ...(Object.keys(description).length ? { description } : {}),
    countries: [...draft.countries],
    ...(place ? { place } : {}),
    ...(draft.fieldOffices.length ? { fieldOffices: [...draft.fieldOffices] } : {}),
    period: { start: draft.start, ...(draft.end ? { end: draft.end } : {}) },
    outcomes: draft.outcomes.map((outcome) => textOf(draft, outcome, false)),
    ...(links.length ? { links } : {}),
    ...(draft.sdgs.length ? { sdgs: [...draft.sdgs] } : {}),
  } as ActionSubmission;
}

/**
 * Checks the body with core's ActionSubmission schema (the one the server applies), so the user
 * hears of a problem before anything is sent. A blank field is `required` to the user (zod
 * reports the trimmed value as too short or the date as malformed); an end before the start
 * is `inconsistent`, as core's rule says.
 */
export function validateDraft(draft: ActionDraft, actor: ActionActor): FieldIssue[] {
  const body = submissionOf(draft, actor);
  const result = z.safeParse(ActionSubmission, body);
  const blank = (path: string): boolean => {
    if (path === 'programme') return draft.programme === '';
    if (path === 'countries') return draft.countries.length === 0;
    if (path === 'period.start') return draft.start === '';
    const text = /^title\.(\w+)$/.exec(path);
    if (text) return (draft.title[text[1] as Language] ?? '').trim() === '';
    const outcome = /^outcomes\[(\d+)\]$/.exec(path);
    return outcome !== null && Object.keys(body.outcomes[Number(outcome[1])] ?? {}).length === 0;
  };
  const all = result.success ? [] : issuesOf(result.error);
  // A blank title in one language fails twice (the text, and "some language"): name the text only.
  const issues = all
    .filter((issue) => !all.some((other) => other.path.startsWith(`${issue.path}.`) || other.path.startsWith(`${issue.path}[`)))
    .map((issue) => (blank(issue.path) ? { ...issue, code: 'required' } : issue));
  if (draft.start && draft.end && draft.end < draft.start) issues.push({ path: 'period.end', message: 'is before the start', code: 'inconsistent' });
  return issues;
}

/**
 * The form control a problem's path points to (the client's `countries[0]` or the server's
 * `countries.0` alike): `title.fr` → `title-fr`, `outcomes[1].en` → `outcomes-1-en`,
 * `period.end` → `end`. Undefined for what the form does not show (the actor).
 */
export function controlOf(path: string, draft: ActionDraft): string | undefined {
  const match = /^(\w+)(?:\.(\w+)|\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  const [, field, key, bracket, sub] = match;
  const first = languagesOf(draft)[0];
  switch (field) {
    case 'title':
    case 'description':
      return `${field}-${key && draft.languages.includes(key as Language) ? key : first}`;
    case 'outcomes': {
      const index = bracket ?? (key && /^\d+$/.test(key) ? key : undefined);
      if (index === undefined || !draft.outcomes[Number(index)]) return 'add-outcome';
      return `outcomes-${index}-${sub && draft.languages.includes(sub as Language) ? sub : first}`;
    }
    case 'period':
      return key === 'end' ? 'end' : 'start';
    case 'programme':
    case 'countries':
    case 'fieldOffices':
    case 'place':
    case 'links':
    case 'sdgs':
      return field;
    default:
      return undefined;
  }
}
