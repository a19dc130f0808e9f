// Entry of dist/cdn/ngo-programme-feedback.js: one <script type="module"> registers
// <ngo-programme-feedback> (an NGO's feedback on a programme; the sector's acknowledgement,
// answer and summary), with lit and core inlined. A build of its own, so no reading widget's
// bundle carries it. The page passes a client (`@ngo-liaison/client`, or the one below).
export { NgoProgrammeFeedback } from '../components/ngo-programme-feedback/ngo-programme-feedback.js';
export { NgoFeedbackChangeEvent } from '../events/ngo-feedback-change.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`
// for Liaison's own pages (cookie session), or with a `token` function for a program.
export { createClient } from '@ngo-liaison/client';
