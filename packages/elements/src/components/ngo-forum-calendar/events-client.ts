// The one client factory the calendar and the detail view need, as a module of its own so
// their dynamic import() pulls in the events client only (not every resource's schemas).
// An import, not `export … from`: the CDN build resolves imports to the declaring module
// (scripts/workspace-sources-plugin.ts). Through the client's barrel, esbuild would count
// every resource as reachable from the calendar's first download, and put there any resource
// a lazy chunk uses (the sessions client of the event detail).
import { createEventsClient } from '@ngo-liaison/client';

export { createEventsClient };
