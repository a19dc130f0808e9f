// Types of browser.mjs for the TypeScript tests that reuse it (test/cdn/).
import type { Browser } from 'playwright-core';
export const VIEWPORT: { width: number; height: number };
export function launchBrowser(): Promise<Browser>;
