import { NgoNewsletterSignup } from './ngo-newsletter-signup.element.js';

export { NgoNewsletterSignup };
export default NgoNewsletterSignup;

NgoNewsletterSignup.define('ngo-newsletter-signup');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-newsletter-signup': NgoNewsletterSignup;
  }
}
