/** Longest stretch of sliced work between two turns of the browser, in milliseconds. */
const SLICE_MS = 6;

/**
 * Resolves after the browser has had a turn: `scheduler.yield()` where there is one (the
 * continuation keeps its priority), else a MessageChannel round trip (a task, without
 * setTimeout's 4 ms clamp).
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * For work done in steps (core's buildOrganizationIndexInSlices): `due()` once ~6 ms have
 * passed since the last turn, `pause()` gives the browser a turn, so input and rendering go
 * on and no task comes near the 50 ms of a long task.
 */
export function timeSlices(): { due: () => boolean; pause: () => Promise<void> } {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= SLICE_MS,
    pause: () => yieldToMain().then(() => void (since = performance.now())),
  };
}
