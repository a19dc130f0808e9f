import type { ForumEvent } from './forum-event.js';

/*
 * Builders for tests (imported only by *.test.ts files). Every event is fictional, so the
 * sample-data rules hold for them too.
 */

type Overrides = Partial<ForumEvent>;

export function makeEvent(id: string, overrides: Overrides = {}): ForumEvent {
  return {
    id,
    kind: 'ngo-forum',
    status: 'confirmed',
    title: { en: `Test event ${id}`, fr: `Événement de test ${id}` },
    when: { allDay: false, start: '2026-10-14T07:30:00Z', end: '2026-10-14T15:30:00Z', timeZone: 'Europe/Paris' },
    organizers: [{ role: 'liaison-committee' }],
    sectors: [],
    languages: [],
    participants: [],
    phases: [],
    outputs: [],
    sequence: 0,
    updatedAt: '2026-09-01T12:00:00Z',
    provenance: { sourceUrls: [], asOf: '2026-09-01', verified: false, fictional: true },
    ...overrides,
  };
}

/** A timed event given as wall-clock ISO strings already converted to UTC by the caller. */
export function timed(id: string, start: string, end: string, timeZone: string, overrides: Overrides = {}): ForumEvent {
  return makeEvent(id, { when: { allDay: false, start, end, timeZone }, ...overrides });
}

export function allDay(id: string, startDate: string, endDate: string, overrides: Overrides = {}): ForumEvent {
  return makeEvent(id, { when: { allDay: true, startDate, endDate }, ...overrides });
}

export const HOSTILE_TEXT = '</script><img src=x onerror="alert(1)">; DROP, \\ \r\nBEGIN:VEVENT\r\nUID:evil';

/** 150 characters of French, Arabic, Chinese, Russian and emoji (multi-byte UTF-8 everywhere). */
export const MULTILINGUAL_TEXT =
  'Forum « Éducation pour tous » — منتدى التعليم للجميع — 全民教育论坛 — Форум «Образование для всех» 🌍🤝🏽👩🏿‍🎓 — ' +
  'Ñandutí, Ærøskøbing, ǅemal — 🇫🇷🇸🇳🇮🇳';

/** The zones of the time-zone test matrix, both hemispheres, with and without DST, odd offsets. */
export const TEST_ZONES = [
  'Pacific/Auckland',
  'America/Los_Angeles',
  'Europe/Paris',
  'Asia/Kolkata',
  'UTC',
  'America/Santiago',
  'Australia/Sydney',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;
