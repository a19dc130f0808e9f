// Entry of dist/cdn/ngo-newsletter-archive.js: one <script type="module"> registers
// <ngo-newsletter-archive> (the newsletter's issues, each shown in a sandboxed frame) with lit
// and core inlined. With `api-base` it reads through the client.
export { NgoNewsletterArchive } from '../components/ngo-newsletter-archive/ngo-newsletter-archive.js';
