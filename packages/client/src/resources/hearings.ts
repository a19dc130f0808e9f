import {
  Hearing,
  HearingAcceptInput,
  HearingDeclineInput,
  HearingPage,
  HearingRequestInput,
  PATHS,
  SessionHearings,
  buildPath,
  type HearingSlot,
  type HearingState,
  type PublicHearing,
} from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { appendFilter, appendPaging } from './list-params.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

export interface ListHearingsParams {
  session?: string;
  state?: HearingState;
  organization?: string;
  /** Page size, 1–100 (server default 20). */
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** NGO hearings on the NGP Committee's agenda items (paragraphs 7–8 of the working-group paper). */
export interface HearingsResource {
  /** Asks for an organisation to be heard (its NGO editors). */
  request(input: HearingRequestInput, options?: CreateOptions): Promise<Hearing>;
  /** Newest first: the Secretariat reads all, an NGO editor its organisations'. */
  list(params?: ListHearingsParams): PagedList<Hearing>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Hearing>;
  /** The Secretariat, with a slot inside the session's days; ConflictError (409) once decided. */
  accept(id: string, slot: HearingSlot, options?: { signal?: AbortSignal }): Promise<Hearing>;
  /** The Secretariat, with a reason the NGO reads in its inbox; ConflictError (409) once decided. */
  decline(id: string, reason: string, options?: { signal?: AbortSignal }): Promise<Hearing>;
  /** The NGO's editors, while requested or before an accepted slot begins. */
  withdraw(id: string, options?: { signal?: AbortSignal }): Promise<Hearing>;
  /** A session's public programme: its accepted hearings in the order of their slots. */
  ofSession(session: string, options?: { signal?: AbortSignal }): Promise<PublicHearing[]>;
}

export function hearingsResource(transport: WriteTransport): HearingsResource {
  const decide = async (id: string, path: string, schema: typeof HearingAcceptInput | typeof HearingDeclineInput | undefined, body: unknown, signal?: AbortSignal) => {
    const relative = relativePath(buildPath(path, { id }));
    if (schema) assertValidBody(transport, relative, schema, body);
    return (await transport.send(relative, Hearing, { method: 'post', ...(body === undefined ? {} : { json: body }), signal })).data;
  };
  return {
    async request(input, options = {}) {
      const path = relativePath(PATHS.requestHearing);
      assertValidBody(transport, path, HearingRequestInput, input);
      return (await transport.send(path, Hearing, { method: 'post', json: input, ...idempotentCreation(options) })).data;
    },
    list({ session, state, organization, limit, cursor, signal }: ListHearingsParams = {}) {
      const fetchPage = (pageCursor: string | undefined) => {
        const searchParams = new URLSearchParams();
        appendFilter(searchParams, 'session', session);
        appendFilter(searchParams, 'state', state);
        appendFilter(searchParams, 'organization', organization);
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(PATHS.listHearings), HearingPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getHearing, { id })), Hearing, { signal });
    },
    accept: (id, slot, { signal } = {}) => decide(id, PATHS.acceptHearing, HearingAcceptInput, { slot }, signal),
    decline: (id, reason, { signal } = {}) => decide(id, PATHS.declineHearing, HearingDeclineInput, { reason }, signal),
    withdraw: (id, { signal } = {}) => decide(id, PATHS.withdrawHearing, undefined, undefined, signal),
    async ofSession(session, { signal } = {}) {
      return (await transport.get(relativePath(buildPath(PATHS.listSessionHearings, { id: session })), SessionHearings, { signal })).items;
    },
  };
}
