import { organizationsResource, type OrganizationsResource } from './resources/organizations.js';
import { Transport, type TransportOptions } from './transport.js';

export type ClientOptions = TransportOptions;

export interface LiaisonClient {
  /** Absolute URL of the API's `/v1`, ending in a slash. */
  readonly baseUrl: string;
  readonly organizations: OrganizationsResource;
}

/**
 * A typed client for the Liaison API. Responses are validated against the core schemas;
 * failures are thrown as HttpError, NetworkError, TimeoutError or ResponseValidationError.
 */
export function createClient(options: ClientOptions): LiaisonClient {
  const transport = new Transport(options);
  return {
    baseUrl: transport.baseUrl,
    organizations: organizationsResource(transport),
  };
}
