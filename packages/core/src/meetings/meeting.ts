import { isTimeZone } from '../calendar/time-zone.js';
import type { Language } from '../i18n/languages.js';

/**
 * NGO ↔ National Commission meetings (paper ¶13). An NGO editor asks to meet a National
 * Commission (a person holding `member-state` via `national-commission`), or the reverse;
 * the other party confirms one proposed slot, counter-proposes or declines with a reason;
 * either party may call off a confirmed meeting. Pure: every instant is passed in.
 */
export const MEETING_STATUSES = ['proposed', 'confirmed', 'declined', 'called-off'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Which side of the meeting a person acts for. */
export const MEETING_SIDES = ['ngo', 'national-commission'] as const;
export type MeetingSide = (typeof MEETING_SIDES)[number];

/** One proposed date-time: instants in ISO 8601 UTC, shown in `zone` (IANA). */
export interface MeetingSlot {
  start: string;
  end: string;
  zone: string;
}

export interface MeetingParty {
  side: MeetingSide;
  /** The person acting for this side. */
  personId: string;
  /** The organisation id (ngo) or the ISO country code (national-commission). */
  scope: string;
  /** Whether this party agrees that the meeting be shown publicly. */
  publicConsent: boolean;
}

export interface Meeting {
  id: string;
  subject: string;
  /** The language the subject is written in (inbox titles keep it). */
  language?: Language;
  /** A General Conference session id when the meeting takes place during it. */
  sessionId?: string;
  requester: MeetingParty;
  counterpart: MeetingParty;
  /** Whose turn it is to answer the current proposal. */
  awaiting: MeetingSide;
  slots: MeetingSlot[];
  status: MeetingStatus;
  confirmedSlot?: MeetingSlot;
  declineReason?: string;
  /** Bumped on every change; the iCalendar SEQUENCE. */
  sequence: number;
  createdAt: string;
  updatedAt: string;
  /** The forum-calendar event, once both parties agreed the meeting is public (kept when it is cancelled). */
  eventId?: string;
}

export type MeetingAction =
  | { type: 'confirm'; slotIndex: number }
  | { type: 'counter'; slots: MeetingSlot[] }
  | { type: 'decline'; reason: string }
  | { type: 'call-off'; reason?: string }
  | { type: 'set-public-consent'; publicConsent: boolean };

/** Why an action was refused: `field` names the offending input, `status` is the HTTP answer. */
export interface MeetingRefusal {
  ok: false;
  status: 403 | 409 | 422;
  field?: string;
  reason: string;
}
export type MeetingResult = { ok: true; meeting: Meeting } | MeetingRefusal;

export const MAX_MEETING_SLOTS = 5;
const MAX_MEETING_MS = 12 * 60 * 60 * 1000;

/** The first problem with a list of proposed slots, or undefined. Slots must lie in the future. */
export function slotsProblem(slots: readonly MeetingSlot[], now: Date): { field: string; reason: string } | undefined {
  if (slots.length === 0 || slots.length > MAX_MEETING_SLOTS) {
    return { field: 'slots', reason: `between 1 and ${MAX_MEETING_SLOTS} slots` };
  }
  for (const [index, slot] of slots.entries()) {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    if (Number.isNaN(start)) return { field: `slots.${index}.start`, reason: 'not an instant' };
    if (Number.isNaN(end)) return { field: `slots.${index}.end`, reason: 'not an instant' };
    if (!isTimeZone(slot.zone)) return { field: `slots.${index}.zone`, reason: 'not an IANA time zone' };
    if (end <= start || end - start > MAX_MEETING_MS) return { field: `slots.${index}.end`, reason: 'must follow start, within 12 hours' };
    if (start <= now.getTime()) return { field: `slots.${index}.start`, reason: 'must lie in the future' };
  }
  return undefined;
}

export function otherSide(side: MeetingSide): MeetingSide {
  return side === 'ngo' ? 'national-commission' : 'ngo';
}

/** The side `personId` acts for in this meeting, or undefined when a stranger. */
export function sideOf(meeting: Meeting, personId: string): MeetingSide | undefined {
  if (meeting.requester.personId === personId) return meeting.requester.side;
  if (meeting.counterpart.personId === personId) return meeting.counterpart.side;
  return undefined;
}

/** Public only when both parties agree, and only while confirmed. */
export function isMeetingPublic(meeting: Meeting): boolean {
  return meeting.status === 'confirmed' && meeting.requester.publicConsent && meeting.counterpart.publicConsent;
}

export interface NewMeetingInput {
  id: string;
  subject: string;
  language?: Language;
  sessionId?: string;
  requester: Omit<MeetingParty, 'publicConsent'> & { publicConsent?: boolean };
  counterpart: Omit<MeetingParty, 'publicConsent'>;
  slots: MeetingSlot[];
}

/** A new request, awaiting the counterpart's answer. */
export function requestMeeting(input: NewMeetingInput, now: Date): MeetingResult {
  if (input.requester.side === input.counterpart.side) {
    return { ok: false, status: 422, field: 'counterpart', reason: 'an NGO meets a National Commission' };
  }
  if (input.subject.trim().length === 0 || input.subject.length > 200) {
    return { ok: false, status: 422, field: 'subject', reason: 'between 1 and 200 characters' };
  }
  const problem = slotsProblem(input.slots, now);
  if (problem) return { ok: false, status: 422, ...problem };
  const at = now.toISOString();
  return {
    ok: true,
    meeting: {
      id: input.id,
      subject: input.subject.trim(),
      ...(input.language === undefined ? {} : { language: input.language }),
      ...(input.sessionId === undefined ? {} : { sessionId: input.sessionId }),
      requester: { ...input.requester, publicConsent: input.requester.publicConsent ?? false },
      counterpart: { ...input.counterpart, publicConsent: false },
      awaiting: input.counterpart.side,
      slots: input.slots.map((slot) => ({ ...slot })),
      status: 'proposed',
      sequence: 0,
      createdAt: at,
      updatedAt: at,
    },
  };
}

function withParty(meeting: Meeting, side: MeetingSide, change: Partial<MeetingParty>): Meeting {
  return meeting.requester.side === side
    ? { ...meeting, requester: { ...meeting.requester, ...change } }
    : { ...meeting, counterpart: { ...meeting.counterpart, ...change } };
}

/** Applies `action` by the person acting for `actor`. */
export function applyMeetingAction(meeting: Meeting, actor: MeetingSide, action: MeetingAction, now: Date): MeetingResult {
  const touched = (next: Meeting): MeetingResult => ({ ok: true, meeting: { ...next, sequence: meeting.sequence + 1, updatedAt: now.toISOString() } });
  switch (action.type) {
    case 'confirm': {
      if (meeting.status !== 'proposed') return { ok: false, status: 409, reason: `the meeting is ${meeting.status}` };
      if (meeting.awaiting !== actor) return { ok: false, status: 409, reason: 'the other party answers this proposal' };
      const slot = meeting.slots[action.slotIndex];
      if (!slot) return { ok: false, status: 422, field: 'slotIndex', reason: 'no such slot' };
      if (Date.parse(slot.start) <= now.getTime()) return { ok: false, status: 409, field: 'slotIndex', reason: 'the slot has passed' };
      return touched({ ...meeting, status: 'confirmed', confirmedSlot: { ...slot } });
    }
    case 'counter': {
      if (meeting.status !== 'proposed') return { ok: false, status: 409, reason: `the meeting is ${meeting.status}` };
      if (meeting.awaiting !== actor) return { ok: false, status: 409, reason: 'the other party answers this proposal' };
      const problem = slotsProblem(action.slots, now);
      if (problem) return { ok: false, status: 422, ...problem };
      return touched({ ...meeting, slots: action.slots.map((slot) => ({ ...slot })), awaiting: otherSide(actor) });
    }
    case 'decline': {
      if (meeting.status !== 'proposed') return { ok: false, status: 409, reason: `the meeting is ${meeting.status}` };
      if (meeting.awaiting !== actor) return { ok: false, status: 409, reason: 'the other party answers this proposal' };
      const reason = action.reason.trim();
      if (reason.length === 0 || reason.length > 1000) return { ok: false, status: 422, field: 'reason', reason: 'between 1 and 1000 characters' };
      return touched({ ...meeting, status: 'declined', declineReason: reason });
    }
    case 'call-off': {
      if (meeting.status !== 'confirmed') return { ok: false, status: 409, reason: 'only a confirmed meeting can be called off' };
      const reason = action.reason?.trim();
      return touched({ ...meeting, status: 'called-off', ...(reason ? { declineReason: reason } : {}) });
    }
    case 'set-public-consent': {
      if (meeting.status === 'declined' || meeting.status === 'called-off') return { ok: false, status: 409, reason: `the meeting is ${meeting.status}` };
      return touched(withParty(meeting, actor, { publicConsent: action.publicConsent }));
    }
  }
}
