import { GoverningBodySession, PATHS, buildPath } from '@ngo-liaison/core';
import { relativePath, type Transport } from '../transport.js';

/** One session by id: all the events client needs to name the session an event is part of. */
export interface SessionGetter {
  get(id: string, options?: { signal?: AbortSignal }): Promise<GoverningBodySession>;
}

// A module of its own, without the list's page schema: the calendar's first download carries it.
export function sessionGetter(transport: Transport): SessionGetter {
  return {
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getSession, { id })), GoverningBodySession, { signal });
    },
  };
}
