import { fileURLToPath } from 'node:url';

/*
 * Where the embedded default writes its .eml files (MAIL_DIR): apps/api/data/mail. Resolved
 * from this file, which lives at the top of src/ and is bundled into the top of dist/ — one
 * level below the package either way (a path written from src/mail/ pointed outside the
 * package once bundled, and the demo walks' mail landed in apps/data/mail).
 */
export const DEFAULT_MAIL_DIR = fileURLToPath(new URL('../data/mail', import.meta.url));
