// Entry of dist/cdn/ngo-forum-themes.js: one <script type="module"> registers <ngo-forum-themes>
// (Member States and NGOs propose and support a forum's themes; the standings and the chosen theme),
// with lit and core inlined. A build of its own, so no reading widget's bundle carries it.
export { NgoForumThemes } from '../components/ngo-forum-themes/ngo-forum-themes.js';
export { NgoForumThemeChangeEvent } from '../events/ngo-forum-theme-change.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`.
export { createClient } from '@ngo-liaison/client';
