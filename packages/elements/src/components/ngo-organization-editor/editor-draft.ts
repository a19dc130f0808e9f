import * as z from 'zod/mini';
import { LANGUAGES, Organization, issuesOf, type Contact, type FieldIssue, type Language, type OrganizationPatch } from '@ngo-liaison/core';

/** The profile fields an NGO editor changes here (a subset of core's EDITOR_FIELDS). */
export const EDITED_FIELDS = ['name', 'fieldsOfInterest', 'sectors', 'sdgs', 'countriesOfPresence', 'workingLanguages', 'website', 'contacts'] as const;
export type EditedField = (typeof EDITED_FIELDS)[number];

export interface ContactDraft {
  kind: Contact['kind'];
  value: string;
  /** Shown to everyone (`public`), or only to the partners the paper names. */
  public: boolean;
  /** Kept as they were: the editor does not change a contact's labels or demo flag. */
  label?: Contact['label'];
  fictional: boolean;
}

/**
 * What the form holds: the user's values exactly as typed (untrimmed, possibly invalid), so a
 * failed save never loses anything. `name` has a key for each language shown, in order.
 */
export interface Draft {
  name: Partial<Record<Language, string>>;
  fieldsOfInterest: string[];
  sectors: string[];
  sdgs: number[];
  countriesOfPresence: string[];
  /** ISO 639 codes as typed, separated by commas or spaces. */
  workingLanguages: string;
  website: string;
  contacts: ContactDraft[];
}

export function draftOf(org: Organization): Draft {
  return {
    name: Object.fromEntries(LANGUAGES.filter((lang) => org.name[lang] !== undefined).map((lang) => [lang, org.name[lang]!])),
    fieldsOfInterest: [...org.fieldsOfInterest],
    sectors: [...org.sectors],
    sdgs: [...(org.sdgs ?? [])],
    countriesOfPresence: [...(org.countriesOfPresence ?? [])],
    workingLanguages: (org.workingLanguages ?? []).join(', '),
    website: org.website ?? '',
    contacts: org.contacts.map((contact) => ({
      kind: contact.kind,
      value: contact.value,
      public: contact.public === true,
      ...(contact.label ? { label: contact.label } : {}),
      fictional: contact.fictional,
    })),
  };
}

const codes = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** One field's value as the record would hold it (undefined: absent). */
function recordValue(draft: Draft, field: EditedField): unknown {
  switch (field) {
    case 'name':
      return Object.fromEntries(LANGUAGES.filter((lang) => draft.name[lang] !== undefined).map((lang) => [lang, draft.name[lang]!.trim()]));
    case 'sdgs':
    case 'countriesOfPresence':
      return draft[field].length ? [...draft[field]] : undefined;
    case 'workingLanguages':
      return codes(draft.workingLanguages).length ? codes(draft.workingLanguages) : undefined;
    case 'website':
      return draft.website.trim() || undefined;
    case 'contacts':
      return draft.contacts.map(({ kind, value, label, fictional, public: isPublic }): Contact => ({
        kind,
        value: value.trim(),
        ...(label ? { label } : {}),
        fictional,
        ...(isPublic ? { public: true } : {}),
      }));
    default:
      return [...draft[field]];
  }
}

/** The field's value in a record, in the same shape (name keys in language order; no `public: false`). */
function valueIn(org: Organization, field: EditedField): unknown {
  return recordValue(draftOf(org), field);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The organisation as it reads once the draft is saved. */
export function applyDraft(base: Organization, draft: Draft): Organization {
  const org: Record<string, unknown> = { ...base };
  for (const field of EDITED_FIELDS) {
    const value = recordValue(draft, field);
    if (value === undefined) delete org[field];
    else org[field] = value;
  }
  return org as Organization;
}

/** The fields whose value the draft changes, compared with `base`. */
export function changedFields(base: Organization, draft: Draft): EditedField[] {
  return EDITED_FIELDS.filter((field) => !same(valueIn(base, field), recordValue(draft, field)));
}

/**
 * A JSON merge patch (RFC 7396) of the changed fields: an emptied website is `null` (removed),
 * an emptied list `[]`; a removed name language is `null` inside `name`, the others stay.
 */
export function patchOf(base: Organization, draft: Draft): OrganizationPatch {
  const patch: Record<string, unknown> = {};
  for (const field of changedFields(base, draft)) {
    const value = recordValue(draft, field);
    if (field === 'name') {
      const name = value as Record<string, string>;
      const removed = LANGUAGES.filter((lang) => base.name[lang] !== undefined && name[lang] === undefined);
      patch.name = { ...name, ...Object.fromEntries(removed.map((lang) => [lang, null])) };
    } else {
      // An emptied list is sent as [] (what the schema holds for "none"); only the website is removed with null.
      patch[field] = value ?? (field === 'website' ? null : []);
    }
  }
  return patch as OrganizationPatch;
}

/**
 * Checks the organisation the draft would make against core's schema (the one the server
 * applies), so the user hears of a problem before anything is sent. Each issue carries its
 * stable code, which the editor translates.
 */
export function validateDraft(base: Organization, draft: Draft): FieldIssue[] {
  const result = z.safeParse(Organization, applyDraft(base, draft));
  // A text left blank is "required" to the user (zod reports the trimmed value as too short).
  const blank = (path: string) => {
    const match = /^name\.(\w+)$|^contacts\[(\d+)\]\.value$/.exec(path);
    const value = match?.[1] ? draft.name[match[1] as Language] : match?.[2] ? draft.contacts[Number(match[2])]?.value : undefined;
    return value !== undefined && value.trim() === '';
  };
  const issues = (result.success ? [] : issuesOf(result.error)).map((issue) =>
    issue.code === 'too-short' && blank(issue.path) ? { ...issue, code: 'required' } : issue,
  );
  const seen = new Set<string>();
  draft.countriesOfPresence.forEach((code, index) => {
    if (seen.has(code)) issues.push({ path: `countriesOfPresence[${index}]`, message: 'is listed twice', code: 'duplicate' });
    seen.add(code);
  });
  return issues;
}

/**
 * After a 412: the user's changes (the fields they changed since `original`) laid on the
 * `current` record; every other field takes the current value, so nothing someone else
 * changed meanwhile is overwritten by a stale copy.
 */
export function rebaseDraft(original: Organization, draft: Draft, current: Organization): Draft {
  const changed = new Set(changedFields(original, draft));
  const fresh = draftOf(current);
  const rebased = { ...fresh } as Record<EditedField, unknown>;
  for (const field of EDITED_FIELDS) if (changed.has(field)) rebased[field] = draft[field];
  return rebased as unknown as Draft;
}

/**
 * The form control an issue's path points to: `name.fr` → `name-fr`, `contacts[2].value` →
 * `contacts-2-value`, `sdgs[1]` → `sdgs`. Undefined for fields the form does not show.
 */
export function controlOf(path: string, draft: Draft): string | undefined {
  const match = /^(\w+)(?:\.(\w+)|\[(\d+)\](?:\.(\w+))?)?/.exec(path);
  if (!match) return undefined;
  const [, field, key, index, sub] = match;
  if (field === 'name') {
    const lang = key && key in draft.name ? key : Object.keys(draft.name)[0];
    return lang ? `name-${lang}` : 'add-name';
  }
  if (field === 'contacts') return index === undefined ? 'add-contact' : `contacts-${index}-${sub === 'kind' ? 'kind' : 'value'}`;
  return (EDITED_FIELDS as readonly string[]).includes(field!) ? field : undefined;
}
