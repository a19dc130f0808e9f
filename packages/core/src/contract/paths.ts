/**
 * The URL template of every API operation, keyed by operation id. The contract table
 * (operations.ts) describes each operation around its path; clients import only this map,
 * so a widget's bundle carries the paths and none of the OpenAPI descriptions.
 */
export const PATHS = {
  listActions: '/v1/actions',
  listEvents: '/v1/events',
  getEvent: '/v1/events/{id}',
  eventsFeed: '/v1/events.ics',
  getEventIcs: '/v1/events/{id}.ics',
  listFieldOffices: '/v1/field-offices',
  getFieldOffice: '/v1/field-offices/{code}',
  listFocalPoints: '/v1/focal-points',
  getProgrammeMatches: '/v1/programmes/{id}/matches',
  getOrganizationMatches: '/v1/organizations/{id}/matches',
  listSectorExperts: '/v1/sectors/{code}/experts',
  getSectorExpertProposal: '/v1/sectors/{code}/expert-proposal',
  listMandates: '/v1/liaison-committee-mandates',
  getMandate: '/v1/liaison-committee-mandates/{id}',
  health: '/healthz',
  listOrganizations: '/v1/organizations',
  getOrganization: '/v1/organizations/{id}',
  exportOrganizationsCsv: '/v1/organizations.csv',
  exportOrganizationsJson: '/v1/organizations.json',
  exportOrganizationsVcard: '/v1/organizations.vcf',
  getOrganizationVcard: '/v1/organizations/{id}/contact.vcf',
  listProgrammes: '/v1/programmes',
  getProgramme: '/v1/programmes/{id}',
  listSessions: '/v1/sessions',
  getSession: '/v1/sessions/{id}',
  listSectors: '/v1/sectors',
  listSdgs: '/v1/sdgs',
  listCountries: '/v1/countries',
  listNationalCommissions: '/v1/national-commissions',
  getCurrentSession: '/v1/session',
} as const;

export type PathId = keyof typeof PATHS;
