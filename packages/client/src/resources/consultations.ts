import {
  Consultation,
  ConsultationInput,
  ConsultationList,
  ConsultationResponse,
  ConsultationResponseInput,
  ConsultationResults,
  PATHS,
  buildPath,
  type Language,
} from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

type Signal = { signal?: AbortSignal };

/** Collective consultations (paragraph 6 of the working-group paper). */
export interface ConsultationsResource {
  /** Those the caller may see: public audiences for everyone, private ones for their audience and owner. */
  list(options?: Signal): Promise<ConsultationList>;
  /** NotFoundError (404) where the caller must not learn it exists. */
  get(id: string, options?: Signal): Promise<Consultation>;
  /** The Secretariat, or a sector for its own sector. */
  create(input: ConsultationInput, options?: Signal): Promise<Consultation>;
  /** The caller's saved response; NotFoundError (404) when it has not answered. */
  myResponse(id: string, options?: Signal & { organization?: string }): Promise<ConsultationResponse>;
  /** Saves the caller's one response (a second call replaces it). ConflictError (409) after closing. */
  respond(id: string, input: ConsultationResponseInput, options?: Signal): Promise<ConsultationResponse>;
  /** Live for the owner; for everyone once published. */
  results(id: string, options?: Signal): Promise<ConsultationResults>;
  /** The owner, after closing, once (ConflictError otherwise). */
  publish(id: string, options?: Signal): Promise<Consultation>;
  /** The URL of the free-text answers as CSV (a link to download). */
  freeTextCsvUrl(id: string, lang?: Language): string;
}

export function consultationsResource(transport: WriteTransport): ConsultationsResource {
  return {
    list({ signal } = {}) {
      return transport.get(relativePath(PATHS.listConsultations), ConsultationList, { signal });
    },
    get(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getConsultation, { id })), Consultation, { signal });
    },
    async create(input, { signal } = {}) {
      const path = relativePath(PATHS.createConsultation);
      assertValidBody(transport, path, ConsultationInput, input);
      return (await transport.send(path, Consultation, { method: 'post', json: input, signal })).data;
    },
    myResponse(id, { signal, organization } = {}) {
      const searchParams = new URLSearchParams();
      if (organization) searchParams.set('organization', organization);
      return transport.get(relativePath(buildPath(PATHS.getMyConsultationResponse, { id })), ConsultationResponse, { searchParams, signal });
    },
    async respond(id, input, { signal } = {}) {
      const path = relativePath(buildPath(PATHS.respondToConsultation, { id }));
      assertValidBody(transport, path, ConsultationResponseInput, input);
      return (await transport.send(path, ConsultationResponse, { method: 'put', json: input, signal })).data;
    },
    results(id, { signal } = {}) {
      return transport.get(relativePath(buildPath(PATHS.getConsultationResults, { id })), ConsultationResults, { signal });
    },
    async publish(id, { signal } = {}) {
      return (await transport.send(relativePath(buildPath(PATHS.publishConsultationResults, { id })), Consultation, { method: 'post', signal })).data;
    },
    freeTextCsvUrl(id, lang) {
      return transport.url(relativePath(buildPath(PATHS.exportConsultationFreeText, { id })), lang ? new URLSearchParams({ lang }) : undefined);
    },
  };
}
