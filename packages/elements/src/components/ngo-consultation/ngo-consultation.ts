import { NgoConsultation } from './ngo-consultation.element.js';

export { NgoConsultation };
export default NgoConsultation;

NgoConsultation.define('ngo-consultation');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-consultation': NgoConsultation;
  }
}
