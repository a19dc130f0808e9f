export { createClient, type ClientOptions, type LiaisonClient } from './create-client.js';
export type { ListOrganizationsParams, OrganizationsResource } from './resources/organizations.js';
export { PagedList } from './paged-list.js';
export {
  LiaisonError,
  HttpError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  isLiaisonError,
} from './errors.js';
