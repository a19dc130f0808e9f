import { NgoInbox } from './ngo-inbox.element.js';

export { NgoInbox };
export default NgoInbox;

NgoInbox.define('ngo-inbox');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-inbox': NgoInbox;
  }
}
