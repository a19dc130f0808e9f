// Entry of dist/cdn/ngo-organization-editor.js: one <script type="module"> registers the write
// path's elements — <ngo-organization-editor> and the Secretariat's <ngo-revision-review> — with
// lit and core inlined. A build of its own, so no reading widget's bundle carries the forms,
// the schemas they validate with, or the editor's strings. The page passes a client
// (`@ngo-liaison/client`, or the one `createClient` export below builds).
export { NgoOrganizationEditor } from '../components/ngo-organization-editor/ngo-organization-editor.js';
export { NgoRevisionReview } from '../components/ngo-revision-review/ngo-revision-review.js';
export { NgoSavedEvent } from '../events/ngo-saved.js';
export { NgoRevisionDecideEvent } from '../events/ngo-revision-decide.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`
// for Liaison's own pages (cookie session), or with a `token` function for a program.
export { createClient } from '@ngo-liaison/client';
/**
 * What each role may do, worked out by core's write rules (the demo's editor page shows it as a
 * table): a lazy chunk, so the rules are not part of the editor's first load. Each row's
 * `outcomes` lists the actions in the order of ROLE_ACTIONS.
 */
export async function whatRolesMayDo(...args: Parameters<typeof import('../role-actions.js').whatRolesMayDo>) {
  return (await import('../role-actions.js')).whatRolesMayDo(...args);
}
