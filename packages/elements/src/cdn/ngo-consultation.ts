// Entry of dist/cdn/ngo-consultation.js: one <script type="module"> registers <ngo-consultation>
// (a respondent answers a collective consultation; anyone reads its published results), with lit
// and core inlined. A build of its own, so no other widget's bundle carries it.
export { NgoConsultation } from '../components/ngo-consultation/ngo-consultation.js';
export { NgoConsultationRespondEvent } from '../events/ngo-consultation-respond.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`.
export { createClient } from '@ngo-liaison/client';
