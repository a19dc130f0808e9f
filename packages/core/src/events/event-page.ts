import type * as z from 'zod/mini';
import { pageOf } from '../schemas/page.js';
import { ForumEvent } from './forum-event.js';

/** A page of events, as `GET /v1/events` answers. */
export const EventPage = pageOf(ForumEvent);
export type EventPage = z.infer<typeof EventPage>;
