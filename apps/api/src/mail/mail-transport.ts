import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { MailMessage } from '@ngo-liaison/core';
import { DEFAULT_MAIL_DIR } from '../data-dir.js';

/** Where the embedded default writes its .eml files (MAIL_DIR): apps/api/data/mail, see data-dir.ts. */
export { DEFAULT_MAIL_DIR };
/** The sender of every message (MAIL_FROM). */
export const DEFAULT_MAIL_FROM = 'Liaison <liaison@localhost>';

/** The bare address of a From such as "Liaison <liaison@example.org>" (an ORGANIZER is a mailto: address). */
export const mailAddressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();

/** Which outbox row is being sent: the .eml file name and the Message-ID come from it. */
export interface OutboxEnvelope {
  id: string;
  seq: number;
}

/**
 * A delivery that did not happen. `permanent`: an SMTP 5xx reply to this message (retrying
 * cannot help, the message fails); `addressRejected` besides: the 5xx answered RCPT TO (no
 * such mailbox), so the address is suppressed. Anything else (4xx, a refused connection, a
 * timeout, a 5xx to AUTH or MAIL FROM, which is the configuration's fault, not the address's)
 * is retried later.
 */
export class MailDeliveryError extends Error {
  readonly permanent: boolean;
  readonly addressRejected: boolean;
  readonly responseCode: number | undefined;
  constructor(message: string, permanent: boolean, responseCode?: number, options?: ErrorOptions & { addressRejected?: boolean }) {
    super(message, options);
    this.name = 'MailDeliveryError';
    this.permanent = permanent;
    this.addressRejected = permanent && (options?.addressRejected ?? false);
    this.responseCode = responseCode;
  }
}

/** Hands one message to the world. Throws MailDeliveryError when it did not. */
export interface MailTransport {
  /** For the start-up line: "writing .eml files to <dir> (set SMTP_URL to send)" or "sending through smtp://host:port". */
  readonly description: string;
  /** `smtp` or `files`. */
  readonly kind: 'smtp' | 'files';
  /** Sends (or writes) the message; resolves with what to record: the server's reply, or the file written. */
  send(message: MailMessage, envelope: OutboxEnvelope): Promise<{ detail: string }>;
  close(): Promise<void>;
}

export interface MailTransportOptions {
  /** smtp://user:pass@host:port or smtps://…; without it, .eml files in `mailDir`. */
  smtpUrl?: string;
  mailDir?: string;
  from?: string;
}

/** The nodemailer message of a MailMessage: text, HTML, extra headers, an iMIP calendar part. */
function mailOptions(message: MailMessage, envelope: OutboxEnvelope, from: string): Mail.Options {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    ...(message.headers ? { headers: { ...message.headers } } : {}),
    ...(message.calendar ? { icalEvent: { method: message.calendar.method, content: message.calendar.ics } } : {}),
    // One Message-ID per outbox row: a repeated delivery (at most the one in flight at a crash) is recognisable as such.
    messageId: `<${envelope.id}@${domain}>`,
  };
}

/** The SMTP URL without its password, for logs. */
export function redactSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.hostname.includes(':') ? `[${url.hostname}]` : url.hostname}${url.port ? `:${url.port}` : ''}`;
}

type SmtpFailure = Error & { responseCode?: number; response?: string; code?: string; command?: string };

/** SMTP through nodemailer, one connection per message (the sender sends one at a time). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Timeouts well under the sender's lease, so a hung server never lets another node take a message still in flight.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    kind: 'smtp',
    description: `sending through ${redactSmtpUrl(smtpUrl)}`,
    async send(message, envelope) {
      try {
        const info = await transport.sendMail(mailOptions(message, envelope, from));
        return { detail: info.response ?? 'accepted' };
      } catch (error) {
        const failure = error as SmtpFailure;
        const code = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
        const fivexx = code !== undefined && code >= 500 && code < 600;
        const addressRejected = fivexx && failure.command === 'RCPT TO';
        const permanent = addressRejected || (fivexx && failure.command === 'DATA');
        throw new MailDeliveryError(failure.response ?? failure.message, permanent, code, { cause: error, addressRejected });
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** The embedded default: each message as a real RFC 5322 file, `<seq>-<kind>.eml`, that any mail program opens. */
export function fileTransport(mailDir: string, from: string): MailTransport {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'files',
    description: `writing .eml files to ${mailDir} (set SMTP_URL to send)`,
    async send(message, envelope) {
      const info = (await transport.sendMail(mailOptions(message, envelope, from))) as { message: Buffer };
      mkdirSync(mailDir, { recursive: true });
      const file = join(mailDir, `${envelope.seq}-${message.kind}.eml`);
      try {
        writeFileSync(file, info.message);
      } catch (error) {
        throw new MailDeliveryError(`could not write ${file}: ${(error as Error).message}`, false, undefined, { cause: error });
      }
      return { detail: file };
    },
    async close() {
      transport.close();
    },
  };
}

/** SMTP when `smtpUrl` is set, else .eml files in `mailDir`. */
export function createMailTransport({ smtpUrl, mailDir, from }: MailTransportOptions = {}): MailTransport {
  const sender = from ?? DEFAULT_MAIL_FROM;
  return smtpUrl ? smtpTransport(smtpUrl, sender) : fileTransport(mailDir ?? DEFAULT_MAIL_DIR, sender);
}
