import * as z from 'zod/mini';
import { CountryCode } from '../schemas/country.js';
import { FieldOfficeCode } from '../schemas/field-office.js';
import { OrganizationId } from '../schemas/record-fields.js';
import { SectorCode } from '../schemas/sector.js';

/**
 * The roles of the dialogue. A person holds one or several at once (a Liaison Committee
 * member also edits its own NGO); each scoped role answers for exactly one thing.
 */
export const ROLE_NAMES = ['secretariat', 'liaison-committee', 'sector', 'field-office', 'ngo-editor', 'member-state'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** How a Member State acts: through its permanent delegation or its National Commission. */
export const MEMBER_STATE_CHANNELS = ['delegation', 'national-commission'] as const;
export type MemberStateChannel = (typeof MEMBER_STATE_CHANNELS)[number];

/** One role held, with its scope. */
export const RoleGrant = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('secretariat') }),
  z.strictObject({ role: z.literal('liaison-committee') }),
  z.strictObject({ role: z.literal('sector'), sector: SectorCode }),
  z.strictObject({ role: z.literal('field-office'), fieldOffice: FieldOfficeCode }),
  z.strictObject({ role: z.literal('ngo-editor'), organization: OrganizationId }),
  z.strictObject({ role: z.literal('member-state'), country: CountryCode, via: z.enum(MEMBER_STATE_CHANNELS) }),
]);
export type RoleGrant = z.infer<typeof RoleGrant>;

/** "ngo-editor:icom", "member-state:FR:national-commission": one stable string per grant (logs, audit, keys). */
export function roleKey(grant: RoleGrant): string {
  switch (grant.role) {
    case 'sector':
      return `sector:${grant.sector}`;
    case 'field-office':
      return `field-office:${grant.fieldOffice}`;
    case 'ngo-editor':
      return `ngo-editor:${grant.organization}`;
    case 'member-state':
      return `member-state:${grant.country}:${grant.via}`;
    default:
      return grant.role;
  }
}
