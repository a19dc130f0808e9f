import { FollowUpInput, PATHS, Recommendation, RecommendationInput, RecommendationSubject, RoutingProposal, buildPath } from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';
import { idempotentCreation, type CreateOptions } from './write-options.js';

/** Recording the recommendations of an event's outputs, and their addressees' follow-up. */
export interface RecommendationWritesResource {
  /** Who core proposes as addressees, each with its reasons (Liaison Committee, Secretariat). Writes nothing. */
  propose(subject: RecommendationSubject, options?: { signal?: AbortSignal }): Promise<RoutingProposal>;
  /** Records a recommendation with the addressees the Committee confirmed (Liaison Committee, Secretariat). */
  record(input: RecommendationInput, options?: CreateOptions): Promise<Recommendation>;
  /**
   * Follows up for one of the caller's own addressees; statuses only move forward
   * (ConflictError, 409, otherwise). Answers the recommendation as the caller now reads it.
   */
  followUp(id: string, input: FollowUpInput, options?: { signal?: AbortSignal }): Promise<Recommendation>;
}

export function recommendationWritesResource(transport: WriteTransport): RecommendationWritesResource {
  return {
    async propose(subject, { signal } = {}) {
      const path = relativePath(PATHS.proposeAddressees);
      assertValidBody(transport, path, RecommendationSubject, subject);
      return (await transport.send(path, RoutingProposal, { method: 'post', json: subject, signal })).data;
    },
    async record(input, options = {}) {
      const path = relativePath(PATHS.recordRecommendation);
      assertValidBody(transport, path, RecommendationInput, input);
      return (await transport.send(path, Recommendation, { method: 'post', json: input, ...idempotentCreation(options) })).data;
    },
    async followUp(id, input, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.recordFollowUp, { id }));
      assertValidBody(transport, path, FollowUpInput, input);
      return (await transport.send(path, Recommendation, { method: 'post', json: input, signal })).data;
    },
  };
}
