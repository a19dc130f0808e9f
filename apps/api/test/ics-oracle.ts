/**
 * The ical.js-based iCalendar checker lives beside the writer in core's sources (tests
 * only, not published). It is loaded by URL so this package's type-check stays inside its
 * own rootDir; the shape below is the part of its report these tests read.
 */
export interface ParsedIcsEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  startMs: number;
  startDate: string | null;
  tzid: string | null;
}

export interface IcsReport {
  events: ParsedIcsEvent[];
  timezones: string[];
  maxOctets: number;
}

const ORACLE = new URL('../../../packages/core/src/calendar/ics-assertions.ts', import.meta.url).href;

export async function checkIcs(text: string): Promise<IcsReport> {
  const oracle = (await import(/* @vite-ignore */ ORACLE)) as { checkIcs(text: string): IcsReport };
  return oracle.checkIcs(text);
}
