import { RoleGrant, ROLE_NAMES, MEMBER_STATE_CHANNELS, issuesOf, safeParse } from '@ngo-liaison/core';
import type { Storage } from '../storage/storage.js';
import { checkGrantsExist } from '../access/check-grants.js';
import { CommandFailed, UsageError } from './cli-errors.js';
import type { CommandContext } from './command.js';

/** The flags that give a role and its scope (tokens create, invite). */
export const GRANT_OPTIONS = {
  role: { type: 'string' },
  organization: { type: 'string' },
  sector: { type: 'string' },
  'field-office': { type: 'string' },
  country: { type: 'string' },
  via: { type: 'string' },
} as const;

export const GRANT_HELP = `  --role <${ROLE_NAMES.join('|')}>
  Its scope, as the role needs:
    sector        --sector <code>            (ED, SC, SHS, CLT, CI)
    field-office  --field-office <code>
    ngo-editor    --organization <id>        (an organisation Liaison holds)
    member-state  --country <ISO 3166 alpha-2> [--via delegation|national-commission] (default delegation)`;

/** Which flag gives each scope field. */
const SCOPE_FLAG: Record<string, keyof typeof GRANT_OPTIONS> = { sector: 'sector', fieldOffice: 'field-office', organization: 'organization', country: 'country', via: 'via' };
const SCOPES_OF: Record<string, string[]> = { sector: ['sector'], 'field-office': ['fieldOffice'], 'ngo-editor': ['organization'], 'member-state': ['country', 'via'] };

/** The RoleGrant the flags describe; a usage error naming the flag when one is missing, extra or invalid. */
export function grantFromFlags(values: CommandContext['values']): RoleGrant {
  const text = (name: keyof typeof GRANT_OPTIONS) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const role = text('role');
  if (!role) throw new UsageError(`--role is required (one of ${ROLE_NAMES.join(', ')})`);
  if (!(ROLE_NAMES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLE_NAMES.join(', ')}, got "${role}"`);
  const scopes = SCOPES_OF[role] ?? [];
  for (const [field, flag] of Object.entries(SCOPE_FLAG)) {
    if (text(flag) !== undefined && !scopes.includes(field)) throw new UsageError(`--${flag} does not apply to --role ${role}`);
  }
  const candidate: Record<string, string> = { role };
  for (const field of scopes) {
    const value = text(SCOPE_FLAG[field]!);
    if (field === 'via') candidate.via = value ?? 'delegation';
    else if (value === undefined) throw new UsageError(`--role ${role} needs --${SCOPE_FLAG[field]}`);
    else candidate[field] = field === 'country' ? value.toUpperCase() : value;
  }
  const parsed = safeParse(RoleGrant, candidate);
  if (!parsed.success) {
    throw new UsageError(
      issuesOf(parsed.error)
        .map((issue) => `--${SCOPE_FLAG[issue.path] ?? issue.path} ${JSON.stringify(candidate[issue.path] ?? '')}: ${issue.path === 'via' ? `must be one of ${MEMBER_STATE_CHANNELS.join(', ')}` : issue.message}`)
        .join('; ')
    );
  }
  return parsed.data;
}

/** An ngo-editor grant for an organisation the database does not hold fails the command. */
export async function requireGrantTargets(storage: Storage, grant: RoleGrant): Promise<void> {
  try {
    await checkGrantsExist(storage, [grant]);
  } catch {
    throw new CommandFailed(`--organization: no organisation with id "${(grant as { organization?: string }).organization}" in ${storage.label}`);
  }
}

/** A whole number flag within bounds, or a usage error naming it. */
export function boundedInteger(values: CommandContext['values'], name: string, fallback: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1 || value > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${String(raw)}"`);
  return value;
}
