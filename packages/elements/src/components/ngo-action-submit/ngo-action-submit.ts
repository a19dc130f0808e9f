import { NgoActionSubmit } from './ngo-action-submit.element.js';

export { NgoActionSubmit };
export default NgoActionSubmit;

NgoActionSubmit.define('ngo-action-submit');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-action-submit': NgoActionSubmit;
  }
}
