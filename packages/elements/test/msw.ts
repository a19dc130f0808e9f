import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** One msw worker per test file; tests add handlers with `worker.use(...)`. */
export const worker = setupWorker();

/** Starts the worker for the current test file and resets handlers after each test. */
export function useMockServiceWorker(): void {
  beforeAll(async () => {
    await worker.start({
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
      // API calls must be mocked; Vite's module requests (lazy chunks) pass through.
      onUnhandledRequest(request, print) {
        if (new URL(request.url).pathname.includes('/v1/')) print.error();
      },
    });
  });
  afterEach(() => worker.resetHandlers());
  afterAll(() => worker.stop());
}
