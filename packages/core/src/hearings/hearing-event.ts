import { reviseEvent } from '../events/event-revision.js';
import type { ForumEvent } from '../events/forum-event.js';
import type { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';
import type { GoverningBodySession } from '../sessions/governing-body-session.js';
import type { Hearing } from './hearing.js';

/** The calendar id of a hearing's event: stable, so accepting again or withdrawing updates the same event. */
export const hearingEventId = (hearingId: string): string => `hearing-${hearingId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export interface HearingEventContext {
  session: GoverningBodySession;
  /** The organisation's name as its record has it (only the languages the record gives). */
  organizationName: PartialLocalizedText;
  /** Whether the organisation is a fictional demo one (its event is then fictional too). */
  fictional: boolean;
  /** Where the decision can be read (the session's hearings in Liaison): a real event names its source. */
  sourceUrl: string;
  /** The event as stored, if any: a change bumps its SEQUENCE (event-revision.ts). */
  previous?: ForumEvent;
  now: Date;
}

/** A proper name stays as the record writes it: each language uses its own form, else the first one given. */
function nameIn(name: PartialLocalizedText, language: keyof LocalizedText): string {
  return name[language] ?? name.en ?? Object.values(name).find((value) => typeof value === 'string' && value.length > 0) ?? '';
}

/** The title in the six languages: the hearing's kind, who is heard, and on which agenda item. */
function hearingTitle(name: PartialLocalizedText, item: string): LocalizedText {
  return {
    en: `Hearing of ${nameIn(name, 'en')} (NGP agenda item ${item})`,
    fr: `Audition de ${nameIn(name, 'fr')} (point ${item} de l’ordre du jour du Comité PNG)`,
    es: `Audiencia de ${nameIn(name, 'es')} (punto ${item} del orden del día del Comité ONG)`,
    ru: `Заслушивание: ${nameIn(name, 'ru')} (пункт ${item} повестки дня Комитета НПП)`,
    zh: `听取 ${nameIn(name, 'zh')} 的意见（非政府伙伴委员会议程项目 ${item}）`,
    ar: `الاستماع إلى ${nameIn(name, 'ar')} (البند ${item} من جدول أعمال لجنة الشركاء غير الحكوميين)`,
  };
}

/**
 * The forum-calendar event of an accepted hearing: part of the NGP session, on its agenda item,
 * at the slot. A withdrawal after acceptance cancels it (calendars that subscribed see the
 * cancellation instead of losing the event). Returns undefined for a hearing never accepted.
 */
export function eventOfHearing(hearing: Hearing, context: HearingEventContext): ForumEvent | undefined {
  if (!hearing.slot) return undefined;
  const { session, previous, now } = context;
  const place = session.place;
  return reviseEvent(previous, {
    id: hearingEventId(hearing.id),
    kind: 'ngo-hearing',
    status: hearing.state === 'accepted' ? 'confirmed' : 'cancelled',
    title: hearingTitle(context.organizationName, hearing.agendaItem),
    when: { allDay: false, start: hearing.slot.start, end: hearing.slot.end, timeZone: hearing.slot.timeZone },
    ...(place ? { location: { mode: 'in-person' as const, ...place } } : {}),
    organizers: [{ role: 'ngp-committee' }, { role: 'host-ngo', name: context.organizationName, organizationId: hearing.organization }],
    sectors: [],
    languages: [hearing.language],
    sessionId: session.id,
    agendaItem: hearing.agendaItem,
    participants: [],
    phases: [],
    outputs: [],
    provenance: {
      sourceUrls: [context.sourceUrl],
      asOf: now.toISOString().slice(0, 10),
      verified: true,
      fictional: context.fictional,
      note: 'Recorded in Liaison when the Secretariat accepted the hearing request.',
    },
  }, now);
}
