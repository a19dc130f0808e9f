import { NgoDirectory } from './ngo-directory.element.js';

export { NgoDirectory };
export default NgoDirectory;

// Also registers <ngo-card>, which the directory renders (see NgoDirectory.dependencies).
NgoDirectory.define('ngo-directory');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-directory': NgoDirectory;
  }
}
