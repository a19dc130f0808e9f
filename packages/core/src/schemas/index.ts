import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships no messages ("Invalid input" everywhere); English ones cost ~0.4 kB gz.
z.config(en());

export * from './certainty.js';
export * from './country.js';
export * from './health.js';
export * from './localized-text.js';
export * from './organization.js';
export * from './page.js';
export * from './problem.js';
export * from './sector.js';
