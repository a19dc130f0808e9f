// Entry of dist/cdn/ngo-action-submit.js: one <script type="module"> registers <ngo-action-submit>
// (an NGO's editor or a field office reports an action on the ground), with lit and core inlined.
// A build of its own, so no reading widget's bundle carries the form, the schemas it validates
// with or its strings. The page passes a client (`@ngo-liaison/client`, or the one below).
export { NgoActionSubmit } from '../components/ngo-action-submit/ngo-action-submit.js';
export { NgoActionSubmitEvent } from '../events/ngo-action-submit.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`
// for Liaison's own pages (cookie session), or with a `token` function for a program.
export { createClient } from '@ngo-liaison/client';
