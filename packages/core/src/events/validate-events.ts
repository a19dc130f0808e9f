import * as z from 'zod/mini';
import { issuesOf } from '../errors/issues-of.js';
import type { FieldIssue } from '../schemas/problem.js';
import { ForumEvent } from './forum-event.js';
import { eventRuleIssues } from './event-rules.js';
import { eventSessionIssues } from './event-session.js';
import type { GoverningBodySession } from '../sessions/governing-body-session.js';

export interface EventReferences {
  /** Known country codes (Member States, Associate Members). */
  countries?: readonly { code: string }[];
  /** Known organisations, to check `organizers[].organizationId`. */
  organizations?: readonly { id: string; provenance: { fictional: boolean } }[];
  /** Known governing-body sessions, to check `sessionId`, `agendaItem` and the dates against them. */
  sessions?: readonly GoverningBodySession[];
  /** Known field-office codes, to check `organizers[].office`. */
  fieldOffices?: readonly { code: string }[];
}

export interface EventsReport {
  ok: boolean;
  events: ForumEvent[];
  /** Every problem, each with a path such as `events[icngo-2018].when.endDate`. */
  problems: FieldIssue[];
}

const RESERVED_HOST = /(^|\.)(example\.(org|com|net)|example|test|invalid)$/i;

function label(index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `events[${id}]` : `events[${index}]`;
}

/** Sample-data honesty: real events cite sources; fictional ones touch only fictional organisations and example domains. */
function honestyIssues(event: ForumEvent, at: string, references: EventReferences): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { fictional } = event.provenance;
  if (fictional !== event.id.startsWith('demo-')) {
    issues.push({ path: `${at}.id`, message: fictional ? 'fictional events need an id starting with "demo-"' : 'only fictional events may use a "demo-" id' });
  }
  if (!fictional && event.provenance.sourceUrls.length === 0) {
    issues.push({ path: `${at}.provenance.sourceUrls`, message: 'a real event needs at least one source URL' });
  }
  const organizations = new Map(references.organizations?.map((org) => [org.id, org]));
  event.organizers.forEach((organizer, i) => {
    if (organizer.role !== 'host-ngo' || !organizer.organizationId) return;
    const org = organizations.get(organizer.organizationId);
    if (references.organizations && !org) {
      issues.push({ path: `${at}.organizers[${i}].organizationId`, message: `unknown organisation "${organizer.organizationId}"` });
    } else if (org && org.provenance.fictional !== fictional) {
      issues.push({
        path: `${at}.organizers[${i}].organizationId`,
        message: fictional ? 'a fictional event may only name fictional organisations' : 'a real event may not name a fictional organisation',
      });
    }
  });
  if (fictional) {
    const urls = [event.url, event.registration?.url, event.location?.mode !== 'in-person' ? event.location?.url : undefined, ...event.outputs.map((o) => o.url)];
    for (const url of urls) {
      if (url && !RESERVED_HOST.test(new URL(url).hostname)) issues.push({ path: at, message: `fictional events link only to reserved domains such as example.org, not ${url}` });
    }
  }
  const countries = references.countries && new Set(references.countries.map((c) => c.code));
  if (countries) {
    const codes: [string, string][] = [
      ...(event.location && event.location.mode !== 'online' ? [['location.country', event.location.country] as [string, string]] : []),
      ...event.participants.map((p, i) => [`participants[${i}].country`, p.country] as [string, string]),
      ...event.organizers.flatMap((o, i) => (o.role === 'national-commission' ? [[`organizers[${i}].country`, o.country] as [string, string]] : [])),
    ];
    for (const [path, code] of codes) if (!countries.has(code)) issues.push({ path: `${at}.${path}`, message: `unknown country code "${code}"` });
  }
  const offices = references.fieldOffices && new Set(references.fieldOffices.map((office) => office.code));
  if (offices) {
    event.organizers.forEach((organizer, i) => {
      if (organizer.role === 'field-office' && !offices.has(organizer.office)) issues.push({ path: `${at}.organizers[${i}].office`, message: `unknown field office "${organizer.office}"` });
    });
  }
  return issues;
}

/**
 * Checks a list of events: shape, rules, unique ids, known countries, organisations, field
 * offices and sessions (each when given),
 * and the sample-data rules. Reports every problem at once; `events` holds the parsed ones.
 */
export function validateEvents(records: readonly unknown[], references: EventReferences = {}): EventsReport {
  const problems: FieldIssue[] = [];
  const events: ForumEvent[] = [];
  const seen = new Set<string>();
  const sessions = references.sessions && new Map(references.sessions.map((session) => [session.id, session]));
  records.forEach((record, index) => {
    const at = label(index, record);
    const result = z.safeParse(ForumEvent, record);
    if (!result.success) {
      problems.push(...issuesOf(result.error, at));
      return;
    }
    const event = result.data;
    if (seen.has(event.id)) problems.push({ path: `${at}.id`, message: `duplicate id "${event.id}"` });
    seen.add(event.id);
    problems.push(...eventRuleIssues(event, at), ...honestyIssues(event, at, references));
    if (sessions) problems.push(...eventSessionIssues(event, (path) => `${at}.${path}`, sessions));
    events.push(event);
  });
  return { ok: problems.length === 0, events, problems };
}
