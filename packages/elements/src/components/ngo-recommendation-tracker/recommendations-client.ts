// The read-only client the tracker builds from `api-base`, as a module of its own so the
// dynamic import() pulls in the recommendations resource only (see the calendar's events-client.ts).
import { createRecommendationsClient } from '@ngo-liaison/client';

export { createRecommendationsClient };
