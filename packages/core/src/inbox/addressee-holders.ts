import type { Principal } from '../access/principal.js';
import type { RoleGrant } from '../access/roles.js';
import { forbiddenProblem, invalidRequestProblem } from '../errors/problems.js';
import { isRefusal, refuse, type Refusal } from '../organization-writes/write-context.js';
import { secretariatGrant, signedIn } from '../organization-writes/write-permissions.js';
import { addresseeKey, addresseeOfKey, type Addressee } from './addressee.js';

/** The addressee a grant answers for; the Secretariat answers for none of its own (it reads any inbox it names). */
export function addresseeOfGrant(grant: RoleGrant): Addressee | undefined {
  switch (grant.role) {
    case 'sector':
      return { kind: 'sector', sector: grant.sector };
    case 'field-office':
      return { kind: 'field-office', fieldOffice: grant.fieldOffice };
    case 'member-state':
      // The delegation and the National Commission read the same inbox.
      return { kind: 'member-state', country: grant.country };
    case 'ngo-editor':
      return { kind: 'organization', organization: grant.organization };
    case 'liaison-committee':
      return { kind: 'liaison-committee' };
    default:
      return undefined;
  }
}

/** The inboxes `principal` reads as its own, one per addressee (none for anonymous readers), in the order of its grants. */
export function addresseesOf(principal: Principal): Addressee[] {
  if (principal.kind !== 'person') return [];
  const byKey = new Map<string, Addressee>();
  for (const grant of principal.roles) {
    const addressee = addresseeOfGrant(grant);
    if (addressee && !byKey.has(addresseeKey(addressee))) byKey.set(addresseeKey(addressee), addressee);
  }
  return [...byKey.values()];
}

/**
 * The grant that lets `principal` act for `addressee` (follow up a recommendation addressed to
 * it, read its non-public items), or undefined. The Secretariat holds no addressee by that role:
 * an addressee answers for itself.
 */
export function holdsAddressee(principal: Principal, addressee: Addressee): RoleGrant | undefined {
  const key = addresseeKey(addressee);
  return principal.kind === 'person' ? principal.roles.find((grant) => {
    const own = addresseeOfGrant(grant);
    return own !== undefined && addresseeKey(own) === key;
  }) : undefined;
}

/**
 * `GET /v1/inbox?addressee=…`: which inboxes to read. 401 anonymous; 400 (field `addressee`) for
 * a malformed key; 403 for an inbox that is not the caller's own, unless the caller is the
 * Secretariat; no key reads all of the caller's own, and the Secretariat, which has none of its
 * own, must name one (400).
 */
export function decideInboxAddressees(principal: Principal, keys: readonly string[]): Addressee[] | Refusal {
  const person = signedIn(principal);
  if (isRefusal(person)) return person;
  const own = addresseesOf(person);
  const secretariat = secretariatGrant(person) !== undefined;
  if (keys.length === 0) {
    if (own.length === 0 && secretariat) {
      return refuse(invalidRequestProblem([{ path: 'addressee', message: 'name an addressee, such as sector:CLT or member-state:KE', code: 'required' }]));
    }
    return own;
  }
  const wanted = new Map<string, Addressee>();
  for (const key of keys) {
    const addressee = addresseeOfKey(key);
    if (!addressee) {
      return refuse(invalidRequestProblem([{ path: 'addressee', message: `"${key}" is not an addressee key such as sector:CLT, field-office:nairobi, member-state:KE, organization:icom or liaison-committee`, code: 'invalid-value' }]));
    }
    wanted.set(addresseeKey(addressee), addressee);
  }
  if (!secretariat) {
    const ownKeys = new Set(own.map(addresseeKey));
    const other = [...wanted.keys()].find((key) => !ownKeys.has(key));
    if (other !== undefined) return refuse(forbiddenProblem(`The inbox "${other}" is not yours: you read ${own.length ? [...ownKeys].join(', ') : 'no inbox'}`));
  }
  return [...wanted.values()];
}

