import { NgoNewsletterArchive } from './ngo-newsletter-archive.element.js';

export { NgoNewsletterArchive };
export default NgoNewsletterArchive;

NgoNewsletterArchive.define('ngo-newsletter-archive');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-newsletter-archive': NgoNewsletterArchive;
  }
}
