/**
 * Credentials must never reach a log line: logs are shipped, kept and read by more people than
 * the credentials were meant for. Every line is scrubbed as it is written (see logger.ts), so a
 * future log call that passes a URL, a header or an error message cannot leak one either.
 */
export const REDACTED = '[REDACTED]';

/** Query parameters (and form-like `name=value` pairs) whose names say they carry a secret. */
const SECRET_PARAMETER =
  /([?&;]|\b)((?:[\w.-]*(?:token|secret|password|passwd|api[_-]?key|apikey|session|signature|credential)[\w.-]*|auth|key|sig|code_verifier)=)[^&;#\s"'\\]*/gi;
/**
 * An authorization scheme followed by its credentials, wherever it appears (header values,
 * error messages). Basic and Token only before something credential-shaped (8 characters or
 * more, with a digit or base64's + / =), so prose such as "Basic information" stays readable.
 */
const BEARER_VALUE = /\b(Bearer)(\s+|%20)[^\s"'\\,;]+/gi;
const OTHER_SCHEME_VALUE = /\b(Basic|Token|ApiKey)(\s+|%20)(?=[\w.~+/-]*[\d+/=])[\w.~+/-]{8,}=*/g;
/** The password of a URL such as postgres://user:password@host. */
const URL_PASSWORD = /(\/\/[^\s/:@"]+:)[^\s/@"]+@/g;
/** Liaison's own secrets (access/secrets.ts: bearer tokens, session and CSRF tokens, invitation secrets), even bare. */
const LIAISON_SECRET = /\bli[asvcf]_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;
/** A JSON Web Token, even without its scheme. */
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

/** `text` with every credential-shaped value replaced by [REDACTED]. */
export function redactSecrets(text: string): string {
  return text
    .replace(BEARER_VALUE, `$1$2${REDACTED}`)
    .replace(OTHER_SCHEME_VALUE, `$1$2${REDACTED}`)
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(JWT, REDACTED)
    .replace(LIAISON_SECRET, REDACTED)
    .replace(SECRET_PARAMETER, `$1$2${REDACTED}`);
}

/**
 * Structured fields that hold credentials whatever their value looks like (pino's `redact`
 * paths): a header object logged by mistake shows that the header was there, not its value.
 */
export const REDACTED_FIELDS = [
  'authorization',
  'cookie',
  'token',
  'password',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.password',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["x-api-key"]',
];
