// Entry of dist/cdn/ngo-inbox.js: one <script type="module"> registers <ngo-inbox> (the
// signed-in reader's inboxes) with lit and core inlined. A build of its own, so no reading
// widget's bundle carries it. The page passes a signed-in client: `@ngo-liaison/client`, or the
// one the `createClient` export below builds.
export { NgoInbox } from '../components/ngo-inbox/ngo-inbox.js';
export { NgoInboxReadEvent } from '../events/ngo-inbox-read.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`
// for Liaison's own pages (cookie session), or with a `token` function for a program.
export { createClient } from '@ngo-liaison/client';
