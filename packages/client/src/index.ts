export { createClient, type ClientOptions, type LiaisonClient, type ListOrganizationsParams } from './create-client.js';
export { PagedList } from './paged-list.js';
export {
  LiaisonError,
  HttpError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  isLiaisonError,
} from './errors.js';
