import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { NgoCard } from '../src/components/ngo-card/ngo-card.element.js';
import type { NgoDirectory } from '../src/components/ngo-directory/ngo-directory.element.js';
import { shadow, shadowAll } from './dom.js';

/** Helpers for <ngo-directory> tests: what a user sees and does. */

export function cards(el: NgoDirectory): NgoCard[] {
  return shadowAll<NgoCard>(el, 'ngo-card');
}

export function cardIds(el: NgoDirectory): string[] {
  return cards(el).map((card) => card.organization?.id ?? '');
}

export function searchInput(el: NgoDirectory): HTMLInputElement {
  return shadow<HTMLInputElement>(el, '[part="search-input"]')!;
}

/** Types into the search box with real key events (the box is focused first). */
export async function typeSearch(el: NgoDirectory, text: string): Promise<void> {
  searchInput(el).focus();
  await userEvent.keyboard(text);
  await el.updateComplete;
}

export function facet(el: NgoDirectory, name: string): HTMLFieldSetElement | null {
  return shadow<HTMLFieldSetElement>(el, `fieldset[data-facet="${name}"]`);
}

export function facetCheckbox(el: NgoDirectory, name: string, value: string): HTMLInputElement | null {
  return facet(el, name)?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`) ?? null;
}

/** "label count" of each option of a facet, as a screen reader would name the checkbox. */
export function facetOptions(el: NgoDirectory, name: string): string[] {
  return [...(facet(el, name)?.querySelectorAll('label') ?? [])].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
}

export function chips(el: NgoDirectory): HTMLButtonElement[] {
  return shadowAll<HTMLButtonElement>(el, '[part="chip"]');
}

export function statusText(el: NgoDirectory): string {
  return shadow(el, '[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits for the polite live region to announce `text` (it waits for a pause in typing). */
export async function expectAnnouncement(el: NgoDirectory, text: string | RegExp): Promise<void> {
  const region = () => shadow(el, '[part="announcer"]')?.textContent?.trim() ?? '';
  if (typeof text === 'string') await expect.poll(region, { timeout: 3_000 }).toBe(text);
  else await expect.poll(region, { timeout: 3_000 }).toMatch(text);
}
