// Entry of dist/cdn/ngo-newsletter-signup.js: one <script type="module"> registers
// <ngo-newsletter-signup> (double opt-in sign-up to the monthly newsletter) with lit and core
// inlined. With `api-base` it sends through the client, which needs no credential here.
export { NgoNewsletterSignup } from '../components/ngo-newsletter-signup/ngo-newsletter-signup.js';
