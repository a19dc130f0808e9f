import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_TYPES, type Problem } from '@ngo-liaison/core';

/** Why Node's parser refused a request, as the status it would answer (see Node's `socketOnError`). */
function statusOf(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

const DETAILS: Record<number, string> = {
  400: 'The request is not valid HTTP/1.1 (request line or headers)',
  408: 'The request did not arrive in time',
  413: 'A chunk extension is too large',
  431: 'The URL or the headers are larger than 16 KB',
};

/**
 * Requests Node's HTTP parser refuses (a URL or headers over 16 KB, bytes that are not HTTP,
 * headers that come too slowly) never reach the app, and Node answers them with a bare status
 * line. Answer them like every other 4xx: an RFC 9457 problem, then close the connection, as
 * Node does (the parser cannot tell where the next request would begin).
 */
export function answerClientErrorsWithProblems(server: { on(event: 'clientError', listener: (error: NodeJS.ErrnoException, socket: Duplex) => void): unknown }): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A peer that went away, or a socket a response is already being written to: nothing to say.
    if (error.code === 'ECONNRESET' || !socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const status = statusOf(error.code);
    const problem: Problem = { type: PROBLEM_TYPES.invalidRequest, title: STATUS_CODES[status] ?? 'Bad Request', status, detail: DETAILS[status] ?? DETAILS[400] };
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'content-type: application/problem+json\r\n' +
        'x-content-type-options: nosniff\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        'connection: close\r\n\r\n' +
        body,
    );
  });
}
