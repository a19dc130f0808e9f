export { csvCell, toCsv, type CsvCell } from './csv.js';
export { exportableContacts } from './exportable-contacts.js';
export { organizationsToCsv, ORGANIZATION_CSV_HEADERS } from './organizations-csv.js';
export { organizationsToJsonExport, type OrganizationJsonExport } from './organizations-json.js';
export { organizationVCard, organizationsToVCards } from './vcard.js';
