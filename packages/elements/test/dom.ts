import { expect } from 'vitest';

/** Mounts markup in a fresh container that is removed after the test by `cleanup()`. */
const mounted = new Set<HTMLElement>();

export function mount<T extends Element>(markup: string): T {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.add(container);
  return container.firstElementChild as T;
}

export function cleanup(): void {
  for (const container of mounted) container.remove();
  mounted.clear();
}

/** querySelector inside an element's shadow root. */
export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) as T | null;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])] as T[];
}

/** The focused element, following shadow roots down. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the element reaches a state (`loading`, `list`, `empty`, `error`) and has rendered. */
export async function waitForState(element: HTMLElement & { state: string; updateComplete: Promise<boolean> }, state: string) {
  await expect.poll(() => element.state, { timeout: 5_000 }).toBe(state);
  await element.updateComplete;
}
