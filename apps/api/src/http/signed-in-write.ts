import type { Context } from 'hono';
import { isRefusal, signedIn, type Person } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { readWriteBody, type WriteBody } from './write-body.js';
import { refusalResponse } from './write-response.js';

/** Who writes, and what they sent. */
export interface SignedInWrite {
  person: Person;
  body: WriteBody;
}

/**
 * The prologue of every write with a body: the signed-in person (401 before the body is read
 * when nobody is: an anonymous caller learns that first, whatever it sent), then the JSON body
 * (415 for another media type, 400 for text that is not JSON). A Response is the answer to send.
 */
export async function signedInWrite(c: Context, { mergePatch = false } = {}): Promise<SignedInWrite | Response> {
  const person = signedIn(principalOf(c));
  if (isRefusal(person)) return refusalResponse(c, person);
  const body = await readWriteBody(c, { mergePatch });
  if (body instanceof Response) return body;
  return { person, body };
}
