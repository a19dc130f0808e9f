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

/** Mounts one widget inside a box `width` CSS px wide (narrow containers, WCAG 1.4.10 reflow checks). */
export function mountInWidth<T extends Element>(width: number, markup: string): T {
  return mount<HTMLDivElement>(`<div style="inline-size: ${width}px">${markup}</div>`).firstElementChild as T;
}

/** Every shadow part matching `selector` lies within the host's box, left and right (so RTL too). */
export function expectPartsInsideHost(host: Element, selector: string): void {
  const limit = host.getBoundingClientRect();
  for (const part of shadowAll(host, selector)) {
    const box = part.getBoundingClientRect();
    expect(box.left, part.getAttribute('part') ?? '').toBeGreaterThanOrEqual(limit.left - 0.5);
    expect(box.right, part.getAttribute('part') ?? '').toBeLessThanOrEqual(limit.right + 0.5);
  }
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
