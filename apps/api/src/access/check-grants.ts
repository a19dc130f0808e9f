import { ValidationError, type FieldIssue, type RoleGrant } from '@ngo-liaison/core';
import type { Storage } from '../storage/storage.js';

/**
 * Grants name things that must exist: an ngo-editor grant for an organisation Liaison does
 * not hold would give a role over nothing (a typo, usually). Throws a ValidationError naming
 * each unknown organisation. (Sector, field-office and country codes are checked by the
 * RoleGrant schema against the reference data.)
 */
export async function checkGrantsExist(storage: Storage, roles: readonly RoleGrant[], prefix = 'roles'): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const [index, grant] of roles.entries()) {
    if (grant.role === 'ngo-editor' && !(await storage.organizations.get(grant.organization))) {
      issues.push({ path: `${prefix}[${index}].organization`, message: `no organisation with id "${grant.organization}"`, code: 'invalid-value' });
    }
  }
  if (issues.length) throw new ValidationError(issues);
}
