import { ConflictError, PreconditionRequiredError, READ_ERRORS, type HttpErrorClasses } from './http-errors.js';

/** READ_ERRORS and the statuses only writes get: 409/412 (ConflictError), 428 (PreconditionRequiredError). */
export const WRITE_ERRORS: HttpErrorClasses = {
  ...READ_ERRORS,
  409: ConflictError,
  412: ConflictError,
  428: PreconditionRequiredError,
};
