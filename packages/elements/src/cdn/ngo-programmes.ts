// Entry of dist/cdn/ngo-programmes.js: one <script type="module"> registers the programme
// widgets — <ngo-match-list>, <ngo-field-office>, <ngo-focal-points>, <ngo-action-feed> —
// with lit, the client and core inlined (the matching engine stays on the server: the
// widgets re-rank from the fits the API publishes).
export { NgoMatchList } from '../components/ngo-match-list/ngo-match-list.js';
export { NgoFieldOffice } from '../components/ngo-field-office/ngo-field-office.js';
export { NgoFocalPoints } from '../components/ngo-focal-points/ngo-focal-points.js';
export { NgoActionFeed } from '../components/ngo-action-feed/ngo-action-feed.js';
export { NgoWeightsChangeEvent } from '../events/ngo-weights-change.js';
