export { SECTORS } from './sectors.js';
export { COUNTRIES } from './countries.js';
export { FIELD_OFFICES } from './field-offices.js';
export { SDGS } from './sdgs.js';
export { NATIONAL_COMMISSIONS } from './national-commissions.js';
