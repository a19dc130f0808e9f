import { expect } from 'vitest';

/** What a problem+json response carries that tests look at. */
export interface ProblemBody {
  status: number;
  title: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/** `get`, and `json`/`problem` that check the status (and the problem's media type) before reading the body. */
export function httpJson(server: { readonly url: string }) {
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  async function json<T>(path: string): Promise<T> {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }
  async function problem(path: string, status: number): Promise<ProblemBody> {
    const response = await get(path);
    expect(response.status, path).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await response.json()) as ProblemBody;
  }
  return { get, json, problem };
}
