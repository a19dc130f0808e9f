import { NgoCard } from './ngo-card.element.js';

export { NgoCard };
export default NgoCard;

NgoCard.define('ngo-card');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-card': NgoCard;
  }
}
