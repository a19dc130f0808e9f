// The one client factory the directory, card and profile need, as a module of its own so
// their dynamic import() pulls in the organisations client only (not every resource's schemas).
export { createOrganizationsClient } from '@ngo-liaison/client';
