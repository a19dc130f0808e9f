import { ValidationError } from '../errors/validation-error.js';
import { parseListQuery } from '../query/list-query.js';
import type { FieldIssue } from '../schemas/problem.js';
import { INBOX_ITEM_KINDS, type InboxItemKind } from './inbox-item.js';

export interface InboxQuery {
  /** Addressee keys as given ("sector:CLT"); decideInboxAddressees checks them against the caller. */
  addressees: string[];
  kinds: InboxItemKind[];
  unread?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** How many addressees or kinds one query may name. */
const MAX_REPEATED = 20;

/**
 * `GET /v1/inbox?addressee=&addressee=&kind=&unread=&limit=&cursor=`: `addressee` and `kind` repeat
 * (any of them), `unread` is true or false; anything else is a 400 naming the parameter.
 */
export function parseInboxQuery(params: URLSearchParams): InboxQuery {
  const { limit, cursor } = parseListQuery(params, ['addressee', 'kind', 'unread']);
  const issues: FieldIssue[] = [];
  const addressees = [...new Set(params.getAll('addressee'))];
  if (addressees.length > MAX_REPEATED) issues.push({ path: 'addressee', message: `at most ${MAX_REPEATED} addressees`, code: 'too-many' });
  if (addressees.some((key) => key === '' || key.length > 200)) issues.push({ path: 'addressee', message: 'must be 1–200 characters', code: 'invalid-value' });
  const kinds = [...new Set(params.getAll('kind'))];
  const unknownKind = kinds.find((kind) => !(INBOX_ITEM_KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined) issues.push({ path: 'kind', message: `must be one of ${INBOX_ITEM_KINDS.join(', ')}`, code: 'invalid-value' });
  const unreadValues = params.getAll('unread');
  if (unreadValues.length > 1) issues.push({ path: 'unread', message: 'must be given at most once', code: 'too-many' });
  const unread = unreadValues[0];
  if (unread !== undefined && unread !== 'true' && unread !== 'false') issues.push({ path: 'unread', message: 'must be true or false', code: 'invalid-value' });
  if (issues.length) throw new ValidationError(issues, 'Invalid query');
  return { addressees, kinds: kinds as InboxItemKind[], unread: unread === undefined ? undefined : unread === 'true', limit, cursor };
}
