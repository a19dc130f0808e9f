import type { GoverningBodySession, Meeting, MeetingCounterpart, MeetingRequestInput, MeetingSlot, Page, Session } from '@ngo-liaison/core';

/**
 * What <ngo-meetings> calls (createClient's return value fits, signed in). Structural, so a page
 * passes the client it already has (token or cookie session); the element never holds a credential.
 */
export interface MeetingsClient {
  /** Who is signed in: the element tells its side of each meeting from the person's id and roles. */
  session: { get(): Promise<Session | null> };
  meetings: {
    list(): Promise<Meeting[]>;
    counterparts(): Promise<MeetingCounterpart[]>;
    request(input: MeetingRequestInput): Promise<Meeting>;
    confirm(id: string, start: string): Promise<Meeting>;
    decline(id: string, reason: string): Promise<Meeting>;
    counterPropose(id: string, slots: MeetingSlot[]): Promise<Meeting>;
    callOff(id: string, reason?: string): Promise<Meeting>;
    setPublic(id: string, isPublic: boolean): Promise<Meeting>;
  };
  /** Optional: General Conference and Executive Board sessions a meeting may be held during. */
  sessions?: { list(params?: { body?: GoverningBodySession['body'][]; limit?: number }): PromiseLike<Page<GoverningBodySession>> };
}
