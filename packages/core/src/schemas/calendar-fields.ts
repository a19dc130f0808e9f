import * as z from 'zod/mini';
import { isTimeZone } from '../calendar/time-zone.js';

/*
 * Calendar fields events and governing-body sessions share, in a module of their own so the
 * two schemas reuse one construction (both are in the calendar's first download).
 */

/** An IANA zone name the runtime knows ("Europe/Paris"); offsets and abbreviations are refused. */
export const TimeZoneName = z.string().check(
  z.refine((value) => isTimeZone(value), 'must be an IANA time zone such as "Europe/Paris"'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date({ error: 'must be a date such as "2026-10-14"' });
