import { NgoFieldOffice } from './ngo-field-office.element.js';

export { NgoFieldOffice };
export default NgoFieldOffice;

NgoFieldOffice.define('ngo-field-office');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-field-office': NgoFieldOffice;
  }
}
