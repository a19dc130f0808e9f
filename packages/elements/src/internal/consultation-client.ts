import type { Consultation, ConsultationResponse, ConsultationResponseInput, ConsultationResults } from '@ngo-liaison/core';

type Signal = { signal?: AbortSignal };

/**
 * What <ngo-consultation> needs of `@ngo-liaison/client` (`createClient()`'s return value fits).
 * Structural, like forms-client.ts: the page passes the client it already has (token or cookie
 * session); the element never holds a credential.
 */
export interface ConsultationClient {
  consultations: {
    get(id: string, options?: Signal): Promise<Consultation>;
    myResponse(id: string, options?: Signal & { organization?: string }): Promise<ConsultationResponse>;
    respond(id: string, input: ConsultationResponseInput, options?: Signal): Promise<ConsultationResponse>;
    results(id: string, options?: Signal): Promise<ConsultationResults>;
  };
}
