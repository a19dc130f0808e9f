import { dateInZone, isTimeZone, offsetAt, type ForumEvent, type PlainDate } from '@ngo-liaison/core';

/**
 * Dates and times of events for one locale and one display zone, through Intl only.
 * All-day events are formatted as dates in UTC (they are dates, not instants, so no zone
 * may move them); timed events in the display zone, with the event's own zone beside them
 * when the clocks there read differently.
 */

/** The viewer's zone, as the browser reports it (Playwright and the OS can emulate it). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A usable zone: the given one when it is a valid IANA name, else the viewer's. */
export function resolveTimeZone(value: string | null | undefined): string {
  const zone = value?.trim();
  return zone && isTimeZone(zone) ? zone : viewerTimeZone();
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let dtf = formats.get(key);
  if (!dtf) {
    try {
      dtf = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown locale tag from the page: the language alone always works.
      dtf = new Intl.DateTimeFormat(locale.split('-')[0], options);
    }
    formats.set(key, dtf);
  }
  return dtf;
}

const midnightUtc = (date: PlainDate) => Date.parse(`${date}T00:00:00Z`);

/*
 * Formatted strings are kept: a month view formats the same dates and times on every render,
 * and an Intl call costs tens of microseconds. Bounded, and cleared when full.
 */
const strings = new Map<string, unknown>();

function remember<T>(key: string, make: () => T): T {
  let value = strings.get(key) as T | undefined;
  if (value === undefined) {
    if (strings.size > 20_000) strings.clear();
    value = make();
    strings.set(key, value);
  }
  return value;
}

export interface EventWhen {
  /** Date and time in the display zone (or the dates of an all-day event). */
  text: string;
  /** The same times where the event takes place, with the zone's name, when they differ. */
  local?: string | undefined;
  allDay: boolean;
  /** ISO value for `<time datetime>`. */
  datetime: string;
}

export class EventFormatter {
  constructor(
    /** BCP 47 locale: the page's full tag when it has one ("en-GB"), else the UN language. */
    readonly locale: string,
    /** IANA zone times are shown in. */
    readonly timeZone: string,
  ) {}

  monthTitle(month: PlainDate): string {
    return remember(`${this.locale}|month|${month}`, () => format(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(midnightUtc(month)));
  }

  fullDate(date: PlainDate): string {
    return remember(`${this.locale}|full|${date}`, () =>
      format(this.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(midnightUtc(date)),
    );
  }

  dayNumber(date: PlainDate): string {
    return remember(`${this.locale}|day|${date}`, () => format(this.locale, { day: 'numeric', timeZone: 'UTC' }).format(midnightUtc(date)));
  }

  weekday(date: PlainDate, style: 'short' | 'long' | 'narrow'): string {
    return remember(`${this.locale}|weekday-${style}|${date}`, () => format(this.locale, { weekday: style, timeZone: 'UTC' }).format(midnightUtc(date)));
  }

  /** "14:30" / "2:30 PM" in the display zone. */
  time(ms: number): string {
    return remember(`${this.locale}|${this.timeZone}|time|${ms}`, () =>
      format(this.locale, { hour: 'numeric', minute: '2-digit', timeZone: this.timeZone }).format(ms),
    );
  }

  /** "3 – 4 November 2016": the days of an all-day event or a phase. */
  dateRange(first: PlainDate, last: PlainDate = first): string {
    return remember(`${this.locale}|range|${first}|${last}`, () => {
      const dtf = format(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return first === last ? dtf.format(midnightUtc(first)) : dtf.formatRange(midnightUtc(first), midnightUtc(last));
    });
  }

  /** An instant with the zone it is meant in (a registration deadline). */
  instantIn(iso: string, zone: string): string {
    return format(this.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(Date.parse(iso));
  }

  /**
   * When an event happens. `withDate: false` gives times only for events that start and
   * end on one day in the display zone (lists already grouped by day).
   */
  when(event: Pick<ForumEvent, 'when'>, { withDate = true } = {}): EventWhen {
    const { when } = event;
    if (when.allDay) {
      return { text: this.dateRange(when.startDate, when.endDate), allDay: true, datetime: when.startDate };
    }
    return remember(`${this.locale}|${this.timeZone}|when|${when.start}|${when.end}|${when.timeZone}|${withDate}`, () => this.#timed(when, withDate));
  }

  #timed(when: Extract<ForumEvent['when'], { allDay: false }>, withDate: boolean): EventWhen {
    const start = Date.parse(when.start);
    const end = Date.parse(when.end);
    const zone = this.timeZone;
    const sameDay = dateInZone(start, zone) === dateInZone(end - 1, zone);
    const text = format(
      this.locale,
      withDate || !sameDay ? { dateStyle: 'medium', timeStyle: 'short', timeZone: zone } : { hour: 'numeric', minute: '2-digit', timeZone: zone },
    ).formatRange(start, end);

    let local: string | undefined;
    const home = when.timeZone;
    if (offsetAt(start, home) !== offsetAt(start, zone) || offsetAt(end, home) !== offsetAt(end, zone)) {
      // Times alone when the event is within one day there and on the viewer's same day.
      const homeFirst = dateInZone(start, home);
      const homeLast = dateInZone(end - 1, home);
      const timesOnly = homeFirst === homeLast && homeFirst === dateInZone(start, zone) && homeLast === dateInZone(end - 1, zone);
      const dtf = format(this.locale, {
        ...(timesOnly ? {} : { day: 'numeric', month: 'short' }),
        hour: 'numeric',
        minute: '2-digit',
        timeZone: home,
        timeZoneName: 'shortGeneric',
      });
      // With dates and a zone name, ICU has no range pattern and falls back to numeric dates
      // with the year ("12/14/2026, 9:00 AM GMT – …"): two plain formats read better.
      local = timesOnly ? dtf.formatRange(start, end) : `${dtf.format(start)} – ${dtf.format(end)}`;
    }
    return { text, local, allDay: false, datetime: when.start };
  }

  /** The zone's name in the locale ("India Standard Time", "heure de l’Inde"). */
  zoneName(at: number = Date.now()): string {
    return remember(`${this.locale}|${this.timeZone}|zone|${Math.floor(at / 3_600_000)}`, () => {
      const parts = format(this.locale, { timeZone: this.timeZone, timeZoneName: 'long' }).formatToParts(at);
      return parts.find((part) => part.type === 'timeZoneName')?.value ?? this.timeZone;
    });
  }
}

/**
 * The locale to format with: the nearest `lang` tag when it is a variant of the element's
 * language ("en-GB" gives day-month order and Monday weeks), else the language itself.
 */
export function localeFor(host: Element, language: string): string {
  let node: Node | null = host;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang')?.trim();
      if (tag) {
        if (tag.toLowerCase().split(/[-_]/)[0] !== language) return language;
        try {
          return Intl.getCanonicalLocales(tag)[0] ?? language;
        } catch {
          return language;
        }
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return language;
}
