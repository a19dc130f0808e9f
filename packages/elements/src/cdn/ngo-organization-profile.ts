// Entry of dist/cdn/ngo-organization-profile.js: one <script type="module"> registers
// <ngo-organization-profile> and <ngo-card> (for a partner's own page, or the profile page
// a directory's `profile-href` links to), with lit, the client and core inlined.
export { NgoOrganizationProfile } from '../components/ngo-organization-profile/ngo-organization-profile.js';
export { NgoCard } from '../components/ngo-card/ngo-card.js';
export { NgoOrganizationSelectEvent } from '../events/ngo-organization-select.js';
