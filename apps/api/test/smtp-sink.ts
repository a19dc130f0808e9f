import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One MIME part, decoded (quoted-printable and base64 undone, UTF-8 text). */
export interface SinkPart {
  /** The content type without parameters, e.g. text/plain, text/html, text/calendar. */
  contentType: string;
  /** All parameters of Content-Type, e.g. { charset: 'utf-8', method: 'REQUEST' }. */
  params: Record<string, string>;
  headers: Map<string, string>;
  body: string;
}

/** A message the sink accepted. */
export interface SinkMessage {
  /** The envelope's recipients (RCPT TO), lower-cased. */
  to: string[];
  /** MAIL FROM. */
  from: string;
  /** The message as received (RFC 5322, CRLF line ends). */
  raw: string;
  /** Top-level headers, names lower-cased, folded lines joined, encoded words left as sent. */
  headers: Map<string, string>;
  /** Subject with RFC 2047 encoded words decoded. */
  subject: string;
  /** The leaf parts, decoded (a single-part message has one). */
  parts: SinkPart[];
  /** The text/plain part's body ('' when none). */
  text: string;
  /** The text/html part's body (undefined when none). */
  html: string | undefined;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, to pass as SMTP_URL. */
  url: string;
  port: number;
  /** Every message accepted so far, in order. */
  messages: SinkMessage[];
  /** Messages whose envelope includes `address`. */
  messagesTo(address: string): SinkMessage[];
  /** RCPT TO of these addresses is refused with 550 (a hard bounce). */
  rejectAddress(...addresses: string[]): void;
  /** Messages to these addresses are refused after DATA with 554 (the message, not the mailbox). */
  rejectMessagesTo(...addresses: string[]): void;
  /** The next `count` messages are refused with 451 (a temporary failure); Infinity until set back to 0. */
  failTemporarily(count: number): void;
  /** Each message is accepted (and counted) `ms` after its data ends, as a slow relay would (default 0). */
  answerAfter(ms: number): void;
  /** Resolves once `count` messages in all have been accepted (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<SinkMessage[]>;
  close(): Promise<void>;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return headers;
}

function splitHeadBody(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) } : { head: raw, body: '' };
}

function contentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq > 0) params[param.slice(0, eq).trim().toLowerCase()] = param.slice(eq + 1).trim().replace(/^"|"$/g, '');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeQuotedPrintable(body: string): Buffer {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return decodeQuotedPrintable(body).toString('utf8');
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, mode: string, text: string) =>
      mode.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8')
    );
}

function leafParts(raw: string): SinkPart[] {
  const { head, body } = splitHeadBody(raw);
  const headers = parseHeaders(head);
  const { type, params } = contentType(headers.get('content-type'));
  if (type.startsWith('multipart/') && params.boundary) {
    const delimiter = `--${params.boundary}`;
    const sections = body.split(delimiter).slice(1);
    return sections.filter((section) => !section.startsWith('--')).flatMap((section) => leafParts(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return [{ contentType: type, params, headers, body: decodeBody(body, headers.get('content-transfer-encoding')) }];
}

/** Parses a received message well enough for tests: headers, subject, decoded leaf parts. */
export function parseMessage(raw: string, to: string[] = [], from = ''): SinkMessage {
  const headers = parseHeaders(splitHeadBody(raw).head);
  const parts = leafParts(raw);
  return {
    to,
    from,
    raw,
    headers,
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    parts,
    text: parts.find((part) => part.contentType === 'text/plain')?.body ?? '',
    html: parts.find((part) => part.contentType === 'text/html')?.body,
  };
}

/**
 * A real SMTP server on 127.0.0.1 (a port the OS picks) for the tests: no TLS, no AUTH; it
 * keeps every message it accepts, and refuses chosen addresses (550) or the next messages
 * (451) so tests see hard bounces and retries.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const rejected = new Set<string>();
  const refusedMessages = new Set<string>();
  let temporaryFailures = 0;
  let answerDelayMs = 0;
  const waiters: { count: number; resolve: (messages: SinkMessage[]) => void }[] = [];
  const refusal = (message: string, code: number) => Object.assign(new Error(message), { responseCode: code });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) return callback(refusal(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`, 550));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => setTimeout(() => {
        if (temporaryFailures > 0) {
          temporaryFailures--;
          return callback(refusal('4.3.0 Temporary failure, try again later', 451));
        }
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        if (to.some((address) => refusedMessages.has(address))) return callback(refusal('5.7.1 Message rejected as spam', 554));
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push(parseMessage(Buffer.concat(chunks).toString('utf8'), to, from));
        for (const waiter of [...waiters]) {
          if (messages.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(messages.slice());
          }
        }
        callback();
      }, answerDelayMs));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    messagesTo: (address) => messages.filter((message) => message.to.includes(address.toLowerCase())),
    rejectAddress: (...addresses) => addresses.forEach((address) => rejected.add(address.toLowerCase())),
    rejectMessagesTo: (...addresses) => addresses.forEach((address) => refusedMessages.add(address.toLowerCase())),
    failTemporarily: (count) => void (temporaryFailures = count),
    answerAfter: (ms) => void (answerDelayMs = ms),
    waitFor(count, timeoutMs = 10_000) {
      if (messages.length >= count) return Promise.resolve(messages.slice());
      return new Promise((resolve, reject) => {
        const waiter = { count, resolve: (all: SinkMessage[]) => (clearTimeout(timer), resolve(all)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`the SMTP sink received ${messages.length} of ${count} messages within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * An SMTP sink for a test file: started before its tests (register it before `useTestServer`,
 * whose options can then read `sink.url`), emptied and reset before each test, closed after.
 *
 *   const sink = useSmtpSink();
 *   const server = useTestServer(() => ({ mail: { smtpUrl: sink.url, pollMs: 25 } }));
 */
export function useSmtpSink(): SmtpSink {
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  beforeEach(() => {
    sink?.messages.splice(0);
    sink?.failTemporarily(0);
    sink?.answerAfter(0);
  });
  afterAll(async () => {
    await sink?.close();
  });
  const started = (): SmtpSink => {
    if (!sink) throw new Error('the SMTP sink is used before beforeAll has started it');
    return sink;
  };
  return {
    get url() {
      return started().url;
    },
    get port() {
      return started().port;
    },
    get messages() {
      return started().messages;
    },
    messagesTo: (address) => started().messagesTo(address),
    rejectAddress: (...addresses) => started().rejectAddress(...addresses),
    rejectMessagesTo: (...addresses) => started().rejectMessagesTo(...addresses),
    failTemporarily: (count) => started().failTemporarily(count),
    answerAfter: (ms) => started().answerAfter(ms),
    waitFor: (count, timeoutMs) => started().waitFor(count, timeoutMs),
    close: () => started().close(),
  };
}
