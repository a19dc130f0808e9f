import type { SessionBody } from '../sessions/session-constants.js';
import type { EventKind, EventPhaseName, EventStatus, OrganizerRole, OutputKind, ParticipationChannel, ParticipationRole, PhaseStatus } from './forum-event.js';

/**
 * The words of events in one language: type, status, organiser and participation roles,
 * phases, outputs, attendance modes, and the labels of plain-text renderings (iCalendar
 * DESCRIPTION). One module per language (vocabulary-<lang>.ts), so a browser bundle loads
 * only the language it shows; EVENT_VOCABULARIES gathers all six for servers.
 */
export interface EventVocabulary {
  readonly kind: Readonly<Record<EventKind, string>>;
  readonly status: Readonly<Record<EventStatus, string>>;
  /**
   * `national-commission` holds `{country}`, `programme-sector` `{sector}` and `field-office`
   * `{office}`, filled with the country's, sector's and office's names.
   */
  readonly organizerRole: Readonly<Record<OrganizerRole, string>>;
  readonly participationRole: Readonly<Record<ParticipationRole, string>>;
  /** Through whom a Member State takes part ("through its Permanent Delegation"). */
  readonly participationChannel: Readonly<Record<ParticipationChannel, string>>;
  /** A numbered session's name; `{n}` is its number. */
  readonly sessionTitle: Readonly<Record<SessionBody, string>>;
  readonly phase: Readonly<Record<EventPhaseName, string>>;
  readonly phaseStatus: Readonly<Record<PhaseStatus, string>>;
  readonly output: Readonly<Record<OutputKind, string>>;
  readonly attendance: Readonly<Record<'in-person' | 'online' | 'hybrid', string>>;
  /** The label of the session an event is part of, and of its agenda item (`agendaItem` holds `{number}`). */
  readonly session: Readonly<Record<'partOf' | 'agendaItem', string>>;
  readonly text: Readonly<Record<'theme' | 'organizers' | 'registration' | 'deadline' | 'languages' | 'sources' | 'fictional' | 'calendarName', string>>;
}

type Group = keyof EventVocabulary;
type SummaryGroup = 'kind' | 'status' | 'attendance';
type SessionGroup = 'sessionTitle' | 'session';

/** The words of an event's summary (type, status, attendance): what a calendar shows first. */
export type EventSummaryVocabulary = Pick<EventVocabulary, SummaryGroup>;
/** The words that name the governing-body session an event is part of (loaded only for such events). */
export type EventSessionVocabulary = Pick<EventVocabulary, SessionGroup>;
/** The rest: what an event's detail view and the feeds add. */
export type EventDetailVocabulary = Omit<EventVocabulary, SummaryGroup | SessionGroup>;

/** The summary's words as flat keys (`kind.icngo` → `eventKind.icngo`), for UI translation tables. */
export type EventSummaryTerms = {
  readonly [K in keyof EventVocabulary['kind'] as `eventKind.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['status'] as `eventStatus.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['attendance'] as `attendance.${K}`]: string;
};

/** The detail's words as flat keys (`organizerRole.secretariat`, `phase.conduct`, …). */
export type EventDetailTerms = {
  readonly [K in keyof EventVocabulary['organizerRole'] as `organizerRole.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['participationRole'] as `participationRole.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['participationChannel'] as `participationChannel.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['phase'] as `phase.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['phaseStatus'] as `phaseStatus.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['output'] as `output.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['text'] as `eventText.${K}`]: string;
};

/** The session words as flat keys (`sessionTitle.executive-board`, `session.partOf`). */
export type EventSessionTerms = {
  readonly [K in keyof EventVocabulary['sessionTitle'] as `sessionTitle.${K}`]: string;
} & {
  readonly [K in keyof EventVocabulary['session'] as `session.${K}`]: string;
};

/** The whole vocabulary as flat keys. */
export type EventTerms = EventSummaryTerms & EventDetailTerms & EventSessionTerms;

const PREFIX: Record<Group, string> = {
  kind: 'eventKind',
  status: 'eventStatus',
  organizerRole: 'organizerRole',
  participationRole: 'participationRole',
  participationChannel: 'participationChannel',
  sessionTitle: 'sessionTitle',
  session: 'session',
  phase: 'phase',
  phaseStatus: 'phaseStatus',
  output: 'output',
  attendance: 'attendance',
  text: 'eventText',
};

/** Flattens a vocabulary, or one of its parts, into flat terms. */
export function eventTerms(vocabulary: EventVocabulary): EventTerms;
export function eventTerms(vocabulary: EventSummaryVocabulary): EventSummaryTerms;
export function eventTerms(vocabulary: EventDetailVocabulary): EventDetailTerms;
export function eventTerms(vocabulary: EventSessionVocabulary): EventSessionTerms;
export function eventTerms(vocabulary: Partial<EventVocabulary>): Partial<EventTerms> {
  const terms: Record<string, string> = {};
  for (const group of Object.keys(vocabulary) as Group[]) {
    for (const [key, value] of Object.entries(vocabulary[group] ?? {})) terms[`${PREFIX[group]}.${key}`] = value;
  }
  return terms as unknown as EventTerms;
}

/** Rebuilds a vocabulary from flat terms (a UI's translation table) — the inverse of eventTerms. */
export function vocabularyFromTerms(term: (key: keyof EventTerms) => string, template: EventVocabulary): EventVocabulary {
  const out: Record<string, Record<string, string>> = {};
  for (const group of Object.keys(PREFIX) as Group[]) {
    out[group] = Object.fromEntries(Object.keys(template[group]).map((key) => [key, term(`${PREFIX[group]}.${key}` as keyof EventTerms)]));
  }
  return out as unknown as EventVocabulary;
}
