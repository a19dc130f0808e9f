import { NgoEventCard } from './ngo-event-card.element.js';

export { NgoEventCard };
export default NgoEventCard;

NgoEventCard.define('ngo-event-card');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-event-card': NgoEventCard;
  }
}
