import { NgoEventDetail } from './ngo-event-detail.element.js';

export { NgoEventDetail };
export default NgoEventDetail;

NgoEventDetail.define('ngo-event-detail');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-event-detail': NgoEventDetail;
  }
}
