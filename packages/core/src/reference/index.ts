export { SECTORS } from './sectors.js';
export { COUNTRIES } from './countries.js';
