import { reviseEvent } from '../events/event-revision.js';
import type { ForumEvent } from '../events/forum-event.js';
import type { LocalizedText, PartialLocalizedText } from '../schemas/localized-text.js';
import { isMeetingPublic, type Meeting } from './meeting.js';

/** The calendar id of a meeting's public event: stable, so withdrawing consent cancels the same event. */
export const meetingEventId = (meetingId: string): string => `meeting-${meetingId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export interface MeetingEventContext {
  /** The NGO's name as its record has it. */
  organizationName: PartialLocalizedText;
  /** The country's name in the languages the reference data gives. */
  countryName: PartialLocalizedText;
  /** Whether the organisation is a fictional demo one (its event is then fictional too). */
  fictional: boolean;
  /** Where the event can be read in Liaison (the parties' decision is its source). */
  sourceUrl: string;
  now: Date;
}

function nameIn(name: PartialLocalizedText, language: keyof LocalizedText): string {
  return name[language] ?? name.en ?? Object.values(name).find((value) => typeof value === 'string' && value.length > 0) ?? '';
}

function meetingTitle(organization: PartialLocalizedText, country: PartialLocalizedText): LocalizedText {
  return {
    en: `${nameIn(organization, 'en')} meets the National Commission of ${nameIn(country, 'en')}`,
    fr: `${nameIn(organization, 'fr')} rencontre la Commission nationale de ${nameIn(country, 'fr')}`,
    es: `${nameIn(organization, 'es')} se reúne con la Comisión Nacional de ${nameIn(country, 'es')}`,
    ru: `${nameIn(organization, 'ru')}: встреча с Национальной комиссией (${nameIn(country, 'ru')})`,
    zh: `${nameIn(organization, 'zh')} 与${nameIn(country, 'zh')}全国委员会会晤`,
    ar: `${nameIn(organization, 'ar')} تجتمع مع اللجنة الوطنية في ${nameIn(country, 'ar')}`,
  };
}

/**
 * The forum-calendar event of a confirmed meeting both parties agreed to make public
 * (kind `natcom-meeting`): confirmed while public, cancelled once either withdraws consent,
 * so subscribed calendars drop it. Undefined for a meeting never confirmed.
 */
export function eventOfMeeting(meeting: Meeting, context: MeetingEventContext): ForumEvent | undefined {
  const slot = meeting.confirmedSlot;
  if (!slot) return undefined;
  const ngo = meeting.requester.side === 'ngo' ? meeting.requester : meeting.counterpart;
  const commission = meeting.requester.side === 'ngo' ? meeting.counterpart : meeting.requester;
  return reviseEvent(undefined, {
    id: meetingEventId(meeting.id),
    kind: 'natcom-meeting',
    status: isMeetingPublic(meeting) ? 'confirmed' : 'cancelled',
    title: meetingTitle(context.organizationName, context.countryName),
    description: { [meeting.language ?? 'en']: meeting.subject },
    when: { allDay: false, start: slot.start, end: slot.end, timeZone: slot.zone },
    organizers: [
      { role: 'host-ngo', name: context.organizationName, organizationId: ngo.scope },
      { role: 'national-commission', country: commission.scope },
    ],
    sectors: [],
    languages: meeting.language ? [meeting.language] : [],
    ...(meeting.sessionId ? { sessionId: meeting.sessionId } : {}),
    participants: [],
    phases: [],
    outputs: [],
    provenance: {
      sourceUrls: [context.sourceUrl],
      asOf: context.now.toISOString().slice(0, 10),
      verified: true,
      fictional: context.fictional,
      note: 'Recorded in Liaison when both parties agreed to make their meeting public.',
    },
  }, context.now);
}
