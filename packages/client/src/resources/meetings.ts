import {
  CalendarFeedLink,
  MeetingCallOffInput,
  CalendarFeedStatus,
  MeetingConfirmInput,
  MeetingCounterpartList,
  MeetingCounterProposeInput,
  MeetingDeclineInput,
  MeetingList,
  MeetingPublicInput,
  MeetingRequestInput,
  MeetingSchema,
  PATHS,
  buildPath,
  type Meeting,
  type MeetingCounterpart,
  type MeetingCounterpartQuery,
  type MeetingSlot,
} from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

type Options = { signal?: AbortSignal };

/** NGO ↔ National Commission meetings (paper ¶13), and the signed-in person's private calendar feed. */
export interface MeetingsResource {
  /**
   * Asks to meet: an NGO editor a National Commission member, or the reverse. ValidationError
   * names the field. Sent with an Idempotency-Key (yours, or a fresh one), so it is retried safely.
   */
  request(input: MeetingRequestInput, options?: CreateOptions): Promise<Meeting>;
  /** The meetings the signed-in person takes part in, newest first. */
  list(options?: Options): Promise<Meeting[]>;
  /** One of their meetings; NotFoundError for anyone but its two parties. */
  get(id: string, options?: Options): Promise<Meeting>;
  /** The party asked confirms the proposed slot starting at `start`; ValidationError (field `start`) for a slot not proposed, ConflictError once answered. */
  confirm(id: string, start: string, options?: Options): Promise<Meeting>;
  /** The party asked declines with a reason the other party reads in its inbox; ConflictError once answered. */
  decline(id: string, reason: string, options?: Options): Promise<Meeting>;
  /** Either party calls off a confirmed meeting (ConflictError otherwise): both are mailed a cancellation. */
  callOff(id: string, reason?: string, options?: Options): Promise<Meeting>;
  /** The caller's side agrees (or no longer agrees) that the meeting be public; public only when both agree. */
  setPublic(id: string, isPublic: boolean, options?: Options): Promise<Meeting>;
  /** Whether the signed-in person has a private calendar feed (its URL is shown only when created). */
  calendarFeed(options?: Options): Promise<CalendarFeedStatus>;
  /** Creates the private calendar feed, replacing (and so revoking) any earlier URL: keep the URL it returns. */
  createCalendarFeed(options?: Options): Promise<CalendarFeedLink>;
  /** Revokes the private calendar feed: its URL answers 404 from now on. */
  revokeCalendarFeed(options?: Options): Promise<void>;
  /**
   * Whom the signed-in person may ask to meet: National Commission members for an NGO editor,
   * NGO editors for a National Commission member (names and scopes, no e-mail address).
   * ForbiddenError for someone who acts for neither side.
   */
  counterparts(query?: MeetingCounterpartQuery, options?: Options): Promise<MeetingCounterpart[]>;
  /** The party asked proposes other slots instead; then the other party answers. ConflictError once decided. */
  counterPropose(id: string, slots: MeetingSlot[], options?: Options): Promise<Meeting>;
}

export function meetingsResource(transport: WriteTransport): MeetingsResource {
  const answer = async (id: string, path: string, schema: typeof MeetingConfirmInput | typeof MeetingDeclineInput | typeof MeetingPublicInput | typeof MeetingCallOffInput | typeof MeetingCounterProposeInput, body: unknown, signal?: AbortSignal) => {
    const relative = relativePath(buildPath(path, { id }));
    assertValidBody(transport, relative, schema, body);
    return (await transport.send(relative, MeetingSchema, { method: 'post', json: body, signal })).data as Meeting;
  };
  return {
    async request(input, options = {}) {
      const path = relativePath(PATHS.requestMeeting);
      assertValidBody(transport, path, MeetingRequestInput, input);
      return (await transport.send(path, MeetingSchema, { method: 'post', json: input, ...idempotentCreation(options) })).data as Meeting;
    },
    async list({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listMeetings), MeetingList, { signal })).items as Meeting[];
    },
    async get(id, { signal } = {}) {
      return (await transport.get(relativePath(buildPath(PATHS.getMeeting, { id })), MeetingSchema, { signal })) as Meeting;
    },
    confirm: (id, start, { signal } = {}) => answer(id, PATHS.confirmMeeting, MeetingConfirmInput, { start }, signal),
    decline: (id, reason, { signal } = {}) => answer(id, PATHS.declineMeeting, MeetingDeclineInput, { reason }, signal),
    callOff: (id, reason, { signal } = {}) => answer(id, PATHS.callOffMeeting, MeetingCallOffInput, reason === undefined ? {} : { reason }, signal),
    setPublic: (id, isPublic, { signal } = {}) => answer(id, PATHS.setMeetingPublic, MeetingPublicInput, { public: isPublic }, signal),
    calendarFeed({ signal } = {}) {
      return transport.get(relativePath(PATHS.getCalendarFeed), CalendarFeedStatus, { signal });
    },
    async createCalendarFeed({ signal } = {}) {
      return (await transport.send(relativePath(PATHS.createCalendarFeed), CalendarFeedLink, { method: 'post', signal })).data;
    },
    async revokeCalendarFeed({ signal } = {}) {
      await transport.send(relativePath(PATHS.revokeCalendarFeed), null, { method: 'delete', signal });
    },
    async counterparts(query = {}, { signal } = {}) {
      const searchParams = new URLSearchParams();
      for (const name of ['side', 'country', 'organization'] as const) {
        const value = query[name];
        if (value !== undefined) searchParams.set(name, value);
      }
      return (await transport.get(relativePath(PATHS.listMeetingCounterparts), MeetingCounterpartList, { searchParams, signal })).items as MeetingCounterpart[];
    },
    counterPropose: (id, slots, { signal } = {}) => answer(id, PATHS.counterProposeMeeting, MeetingCounterProposeInput, { slots }, signal),
  };
}
