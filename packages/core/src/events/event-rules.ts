import { parseOrThrow } from '../errors/parse-or-throw.js';
import { ValidationError } from '../errors/validation-error.js';
import type { FieldIssue } from '../schemas/problem.js';
import { daysBetween } from '../calendar/plain-date.js';
import { ForumEvent } from './forum-event.js';
import { eventSessionShapeIssues } from './event-session.js';

/** Longest event we accept: a General Conference runs about two weeks; a year is a typo. */
export const MAX_EVENT_DAYS = 366;

const DAY_MS = 86_400_000;

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/**
 * Rules the schema cannot express, each reported with the path of the field to fix.
 * Takes an event that already matches the ForumEvent shape.
 */
export function eventRuleIssues(event: ForumEvent, prefix = ''): FieldIssue[] {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const issues: FieldIssue[] = [];
  const { when } = event;

  let startMs: number;
  if (when.allDay) {
    const days = daysBetween(when.startDate, when.endDate);
    if (days < 0) issues.push({ path: at('when.endDate'), message: `must not be before when.startDate (${when.startDate})` });
    if (days >= MAX_EVENT_DAYS) issues.push({ path: at('when.endDate'), message: `an event lasts at most ${MAX_EVENT_DAYS} days` });
    startMs = Date.parse(`${when.startDate}T00:00:00Z`);
  } else {
    startMs = Date.parse(when.start);
    const endMs = Date.parse(when.end);
    if (endMs < startMs) issues.push({ path: at('when.end'), message: `must not be before when.start (${when.start})` });
    else if (endMs === startMs) issues.push({ path: at('when.end'), message: 'must be after when.start' });
    if (endMs - startMs >= MAX_EVENT_DAYS * DAY_MS) issues.push({ path: at('when.end'), message: `an event lasts at most ${MAX_EVENT_DAYS} days` });
  }

  // A deadline after the opening is almost always a typo (a wrong year or month).
  const deadline = event.registration?.deadline;
  if (deadline && Date.parse(deadline) > startMs + DAY_MS) {
    issues.push({ path: at('registration.deadline'), message: 'must not be after the start of the event' });
  }

  for (const phase of duplicates(event.phases.map((p) => p.phase))) {
    issues.push({ path: at(`phases[${event.phases.findLastIndex((p) => p.phase === phase)}].phase`), message: `phase "${phase}" is listed twice` });
  }
  event.phases.forEach((phase, i) => {
    if (phase.start && phase.end && phase.end < phase.start) {
      issues.push({ path: at(`phases[${i}].end`), message: `must not be before phases[${i}].start (${phase.start})` });
    }
  });

  for (const country of duplicates(event.participants.map((p) => p.country))) {
    issues.push({ path: at(`participants[${event.participants.findLastIndex((p) => p.country === country)}].country`), message: `${country} is listed twice` });
  }
  event.participants.forEach((participant, i) => {
    if (duplicates(participant.roles).length) issues.push({ path: at(`participants[${i}].roles`), message: 'lists a role twice' });
  });

  event.organizers.forEach((organizer, i) => {
    if (organizer.role === 'host-ngo' && !Object.values(organizer.name).some(Boolean)) {
      issues.push({ path: at(`organizers[${i}].name`), message: 'needs the name in at least one language' });
    }
  });

  issues.push(...eventSessionShapeIssues(event, at));

  if (duplicates(event.sectors).length) issues.push({ path: at('sectors'), message: 'lists a sector twice' });
  if (duplicates(event.languages).length) issues.push({ path: at('languages'), message: 'lists a language twice' });
  return issues;
}

/**
 * Parses an event and checks its rules: the one entry point for data coming from outside
 * (seed files, request bodies). Throws a ValidationError whose issues name each field.
 */
export function parseForumEvent(value: unknown, prefix = ''): ForumEvent {
  const event = parseOrThrow(ForumEvent, value, prefix, 'Invalid event');
  const issues = eventRuleIssues(event, prefix);
  if (issues.length) throw new ValidationError(issues, 'Invalid event');
  return event;
}
