// Entry of dist/cdn/ngo-directory.js: one <script type="module"> registers <ngo-directory>
// (and the <ngo-card> it renders) with lit, the client and core inlined.
export { NgoDirectory } from '../components/ngo-directory/ngo-directory.js';
export { NgoCard } from '../components/ngo-card/ngo-card.js';
export { NgoOrganizationSelectEvent } from '../events/ngo-organization-select.js';
export { NgoSearchChangeEvent } from '../events/ngo-search-change.js';
