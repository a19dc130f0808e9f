// Entry of dist/cdn/ngo-recommendation-tracker.js: one <script type="module"> registers the
// public <ngo-recommendation-tracker> with lit and core inlined. With `api-base` it loads the
// read-only recommendations client (transport and response schemas, no write code) as a lazy
// chunk beside it; a page that passes its own `client` never fetches that chunk.
export { NgoRecommendationTracker } from '../components/ngo-recommendation-tracker/ngo-recommendation-tracker.js';
