import * as z from 'zod/mini';
import { CountryCode } from '../schemas/country.js';
import { FieldOfficeCode } from '../schemas/field-office.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { SectorCode } from '../schemas/sector.js';

/**
 * Whoever something can be addressed to (paragraphs 5, 6 and 11 of the working-group paper):
 * a sector, a field office, a Member State (its delegation and its National Commission read the
 * same inbox), an NGO, or the Liaison Committee. Each has one inbox.
 */
export const ADDRESSEE_KINDS = ['sector', 'field-office', 'member-state', 'organization', 'liaison-committee'] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

export const Addressee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sector'), sector: SectorCode }),
  z.strictObject({ kind: z.literal('field-office'), fieldOffice: FieldOfficeCode }),
  z.strictObject({ kind: z.literal('member-state'), country: CountryCode }),
  z.strictObject({ kind: z.literal('organization'), organization: OrganizationId }),
  z.strictObject({ kind: z.literal('liaison-committee') }),
]);
export type Addressee = z.infer<typeof Addressee>;

/**
 * One stable string per addressee: "sector:CLT", "field-office:nairobi", "member-state:KE",
 * "organization:icom", "liaison-committee". Inbox rows, feed URLs and filters use it.
 */
export function addresseeKey(addressee: Addressee): string {
  switch (addressee.kind) {
    case 'sector':
      return `sector:${addressee.sector}`;
    case 'field-office':
      return `field-office:${addressee.fieldOffice}`;
    case 'member-state':
      return `member-state:${addressee.country}`;
    case 'organization':
      return `organization:${addressee.organization}`;
    default:
      return 'liaison-committee';
  }
}

/** The addressee a key names, or undefined when the key is malformed (codes are checked against the schemas). */
export function addresseeOfKey(key: string): Addressee | undefined {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const code = colon < 0 ? '' : key.slice(colon + 1);
  const candidate =
    kind === 'sector'
      ? { kind, sector: code }
      : kind === 'field-office'
        ? { kind, fieldOffice: code }
        : kind === 'member-state'
          ? { kind, country: code }
          : kind === 'organization'
            ? { kind, organization: code }
            : kind === 'liaison-committee' && colon < 0
              ? { kind }
              : undefined;
  const parsed = candidate && z.safeParse(Addressee, candidate);
  return parsed?.success ? parsed.data : undefined;
}

/** Same addressee? */
export const sameAddressee = (a: Addressee, b: Addressee): boolean => addresseeKey(a) === addresseeKey(b);
