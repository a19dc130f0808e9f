import { beforeAll, describe, expect, it } from 'vitest';
import { operations, versionFromIfMatch, type RoleGrant } from '@ngo-liaison/core';
import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { issueTestToken, type TestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * The generated permission matrix: every write operation of the contract (and every signed-in
 * read of the write path) × every caller × the caller's own object and another's → exactly
 * the status the rules give. An operation added to the contract without a row here fails the
 * first test: the matrix grows with the contract.
 *
 * "Own" is organisation OWN (the ngo-editor edits it) or something of it (its pending revision,
 * the caller's own token); "another's" is organisation OTHER or something of it. Revoked and
 * expired tokens hold the Secretariat role: their 401 is the credential's, not the role's.
 */
const OWN = 'demo-lanternfish-literacy-network'; // associate in force (decided by the EB)
const OTHER = 'demo-saltmarsh-heritage-collective'; // consultative in force (decided by the DG)

const CALLERS = ['secretariat', 'liaison-committee', 'sector', 'field-office', 'ngo-editor', 'member-state', 'anonymous', 'revoked', 'expired'] as const;
type Caller = (typeof CALLERS)[number];
type Pair = readonly [own: number, another: number];

/** Operations whose callers are not told apart by role here: where each is tested instead. */
const NOT_ROLE_BASED: Record<string, string> = {
  signIn: 'public: e-mail and password (accounts tests)',
  acceptInvitation: 'public: the invitation secret (accounts tests)',
  signOut: 'ends a cookie session; a bearer token has none (accounts tests)',
};

//                      secretariat  liaison-c.  sector      field-off.  ngo-editor  member-st.  anonymous   revoked     expired
const MATRIX: Record<string, Pair[]> = {
  createOrganization: [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  updateOrganization: [[200, 200], [403, 403], [403, 403], [403, 403], [202, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  listRevisions:      [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  getRevision:        [[200, 200], [404, 404], [404, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  publishRevision:    [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  returnRevision:     [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  recordDecision:     [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  eraseContact:       [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  listAudit:          [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  createInvitation:   [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  createToken:        [[201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [401, 401], [401, 401], [401, 401]],
  revokeToken:        [[204, 204], [204, 404], [204, 404], [204, 404], [204, 404], [204, 404], [401, 401], [401, 401], [401, 401]],
  setPersonRoles:     [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
};

/** Every write operation, and every signed-in read of the write path. */
const COVERED = Object.entries(operations)
  .filter(([, op]) => op.method !== 'get' || (op.tags as readonly string[]).includes('writes'))
  .map(([id]) => id);

const server = useTestServer();
const { send } = writeRequests(server);
const tokens = {} as Record<Caller, TestToken | undefined>;
/** Editors that propose the revisions the review operations act on. */
const proposers = {} as Record<'own' | 'another', string>;

const GRANTS: Partial<Record<Caller, RoleGrant[]>> = {
  secretariat: [{ role: 'secretariat' }],
  'liaison-committee': [{ role: 'liaison-committee' }],
  sector: [{ role: 'sector', sector: 'ED' }],
  'field-office': [{ role: 'field-office', fieldOffice: 'abuja' }],
  'ngo-editor': [{ role: 'ngo-editor', organization: OWN }],
  'member-state': [{ role: 'member-state', country: 'FR', via: 'national-commission' }],
};

beforeAll(async () => {
  const storage = server.running.storage;
  for (const [caller, roles] of Object.entries(GRANTS)) tokens[caller as Caller] = await issueTestToken(storage, roles);
  tokens.revoked = await issueTestToken(storage, [{ role: 'secretariat' }], { revoked: true });
  tokens.expired = await issueTestToken(storage, [{ role: 'secretariat' }], { expiresAt: new Date(Date.now() - 60_000) });
  proposers.own = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  proposers.another = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OTHER }])).token;
});

let serial = 0;
const orgOf = (target: 'own' | 'another') => (target === 'own' ? OWN : OTHER);

/** A pending revision of the target organisation, proposed by its own editor. */
async function pendingRevision(target: 'own' | 'another'): Promise<string> {
  const id = orgOf(target);
  const etag = (await send('GET', `/v1/organizations/${id}`)).headers.get('etag')!;
  const answer = await send('PATCH', `/v1/organizations/${id}`, { token: proposers[target], body: { founded: 1900 + (++serial % 100) }, headers: { 'if-match': etag } });
  if (answer.status !== 202) throw new Error(`proposing a revision: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.revision.id as string;
}

/** A fresh, valid request for `operation` on the target, as `caller` would send it. */
async function requestFor(operation: string, target: 'own' | 'another', caller: Caller): Promise<[string, string, { body?: unknown; headers?: Record<string, string> }]> {
  const id = orgOf(target);
  switch (operation) {
    case 'createOrganization': {
      const { partnership: _none, ...org } = { ...FICTIONAL_ORGANIZATIONS[0]!, id: `demo-admitted-${++serial}` };
      return ['POST', '/v1/organizations', { body: org }];
    }
    case 'updateOrganization': {
      const etag = (await send('GET', `/v1/organizations/${id}`)).headers.get('etag')!;
      return ['PATCH', `/v1/organizations/${id}`, { body: { founded: 1950 + (++serial % 50) }, headers: { 'if-match': `"${versionFromIfMatch(etag)}"` } }];
    }
    case 'listRevisions':
      return ['GET', `/v1/revisions?organization=${id}`, {}];
    case 'getRevision':
      return ['GET', `/v1/revisions/${await pendingRevision(target)}`, {}];
    case 'publishRevision':
      return ['POST', `/v1/revisions/${await pendingRevision(target)}/publish`, {}];
    case 'returnRevision':
      return ['POST', `/v1/revisions/${await pendingRevision(target)}/return`, { body: { reason: 'Cite the page that states it' } }];
    case 'recordDecision':
      // The Secretariat records one decision per organisation: a suspension by the body of the category in force.
      return ['POST', `/v1/organizations/${id}/decisions`, {
        body: { kind: 'suspension', decidedBy: target === 'own' ? 'EB' : 'DG', decisionRef: `REF/${++serial}`, date: '2026-11-30', evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/x', asOf: '2026-12-01' }] },
      }];
    case 'eraseContact':
      return ['POST', `/v1/organizations/${id}/contact-erasures`, { body: { value: `nobody-${++serial}@x.example.org` } }];
    case 'listAudit':
      return ['GET', `/v1/audit?entityId=${id}`, {}];
    case 'createInvitation':
      return ['POST', '/v1/invitations', { body: { roles: [{ role: 'ngo-editor', organization: id }] } }];
    case 'createToken':
      return ['POST', '/v1/tokens', { body: { label: `matrix ${++serial}` } }];
    case 'revokeToken': {
      const storage = server.running.storage;
      const holder = target === 'own' && tokens[caller] ? tokens[caller].personId : (await issueTestToken(storage, [])).personId;
      const { id: tokenId } = await storage.accounts.issueToken(holder, { label: 'to revoke', expiresAt: new Date(Date.now() + 86_400_000) });
      return ['DELETE', `/v1/tokens/${tokenId}`, {}];
    }
    case 'setPersonRoles': {
      // An editor of the organisation (own: OWN's, another's: OTHER's), given the same role again.
      const roles = [{ role: 'ngo-editor', organization: id }] satisfies RoleGrant[];
      const { personId } = await issueTestToken(server.running.storage, roles);
      return ['PUT', `/v1/people/${personId}/roles`, { body: { roles } }];
    }
    default:
      throw new Error(`no request for ${operation}`);
  }
}

describe('the permission matrix', () => {
  it('has a row for every write operation of the contract (add one with the operation)', () => {
    const missing = COVERED.filter((id) => !(id in MATRIX) && !(id in NOT_ROLE_BASED));
    expect(missing, 'operations without a row in MATRIX').toEqual([]);
    for (const id of Object.keys(NOT_ROLE_BASED)) expect(Object.keys(operations), id).toContain(id);
  });

  for (const operation of Object.keys(MATRIX)) {
    it(`${operation}: ${CALLERS.map((caller, i) => `${caller} ${MATRIX[operation]![i]!.join('/')}`).join(', ')}`, async () => {
      const seen: string[] = [];
      const expected: string[] = [];
      for (const [i, caller] of CALLERS.entries()) {
        for (const [j, target] of (['own', 'another'] as const).entries()) {
          const [method, path, init] = await requestFor(operation, target, caller);
          const answer = await send(method, path, { ...init, token: tokens[caller]?.token });
          seen.push(`${caller} ${target}: ${answer.status}`);
          expected.push(`${caller} ${target}: ${MATRIX[operation]![i]![j]}`);
        }
      }
      expect(seen).toEqual(expected);
    });
  }
});
