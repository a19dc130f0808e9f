import { requestId } from 'hono/request-id';

/**
 * Adopts a client's X-Request-Id only when it is short and plain: at most 128 of
 * `[A-Za-z0-9_=-]` (Hono checks the characters; we lower its 255 limit), so it can go
 * into logs and headers as is. Anything else gets a fresh UUID.
 */
export const REQUEST_ID_MAX_LENGTH = 128;

export const requestIds = () => requestId({ limitLength: REQUEST_ID_MAX_LENGTH });
