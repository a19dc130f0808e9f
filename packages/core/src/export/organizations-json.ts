import type { Organization } from '../schemas/organization.js';

/** The JSON export's shape (contract: OrganizationExport): also what `src` attributes of widgets read. */
export interface OrganizationJsonExport {
  items: Organization[];
  total: number;
}

/**
 * The directory as the JSON export: every record whole (all languages, provenance), so a
 * static file made from it searches in the browser exactly as the API would over the same
 * records (see createOrganizationIndex).
 */
export function organizationsToJsonExport(organizations: readonly Organization[]): OrganizationJsonExport {
  return { items: [...organizations], total: organizations.length };
}
