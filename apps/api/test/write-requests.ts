import type { Organization } from '@ngo-liaison/core';

/** What a test reads back from one request. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The parsed JSON body (problem or record), or the text when it is not JSON, or null. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SendOptions {
  token?: string | undefined;
  body?: unknown;
  /** Default application/json when there is a body (application/merge-patch+json for PATCH). */
  contentType?: string;
  headers?: Record<string, string>;
}

/** Requests against a running server, with a bearer token and a JSON body where given. */
export function writeRequests(server: { readonly url: string }) {
  async function send(method: string, path: string, { token, body, contentType, headers = {} }: SendOptions = {}): Promise<Answer> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (token) h.authorization = `Bearer ${token}`;
    if (body !== undefined) {
      h['content-type'] = contentType ?? (method === 'PATCH' ? 'application/merge-patch+json' : 'application/json');
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** GET one organisation as `token` reads it: its ETag and record. */
  async function read(id: string, token?: string): Promise<{ etag: string; organization: Organization }> {
    const answer = await send('GET', `/v1/organizations/${id}`, { token });
    if (answer.status !== 200) throw new Error(`GET ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return { etag: answer.headers.get('etag')!, organization: answer.body as Organization };
  }

  /** PATCH with If-Match (the current ETag unless `ifMatch` is given; null sends none). */
  async function patch(id: string, body: unknown, token: string | undefined, ifMatch?: string | null): Promise<Answer> {
    const tag = ifMatch === undefined ? (await read(id, token)).etag : ifMatch;
    return send('PATCH', `/v1/organizations/${id}`, { token, body, headers: tag === null ? {} : { 'if-match': tag } });
  }

  return { send, read, patch };
}
