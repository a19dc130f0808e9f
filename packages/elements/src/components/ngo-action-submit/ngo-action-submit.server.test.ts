import { createClient } from '@ngo-liaison/client';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import type { NgoActionSubmitEvent } from '../../events/ngo-action-submit.js';
import type { NgoActionSubmit } from './ngo-action-submit.element.js';
import './ngo-action-submit.js';

// Contract test: <ngo-action-submit> against the reference API server that test/global-setup.ts
// starts in Node (real HTTP with bearer tokens, CORS for this page's origin, SQLite).
const apiBase = inject('apiBase');
const tokens = inject('apiTokens');
const unavailable = inject('apiUnavailable') || inject('apiDialogueUnavailable');
const ORG = 'demo-kite-and-compass-archives';
const PROGRAMME = 'demo-coastal-literacy-initiative';

afterEach(cleanup);

describe.skipIf(!apiBase || !tokens.sector || Boolean(unavailable))(`<ngo-action-submit> against the real API server${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  test('an NGO editor reports an action (hostile text): pending, not public; the sector publishes it; the public read shows it as sent', async () => {
    const el = mount<NgoActionSubmit>(`<ngo-action-submit organization="${ORG}"></ngo-action-submit>`);
    el.client = createClient({ baseUrl: apiBase, token: tokens.editor, retries: 0 });
    await waitForState(el, 'ready');
    const events: NgoActionSubmitEvent[] = [];
    el.addEventListener('ngo-action-submit', (event) => events.push(event));
    const select = shadow<HTMLSelectElement>(el, '#programme')!;
    select.value = PROGRAMME;
    select.dispatchEvent(new Event('change'));
    await userEvent.fill(shadow<HTMLInputElement>(el, '#title-en')!, `Archive days ${HOSTILE_TEXT}`);
    await expect.poll(() => [...shadow<HTMLSelectElement>(el, '#countries')!.options].some((o) => o.value === 'SN')).toBe(true);
    shadow<HTMLSelectElement>(el, '#countries')!.value = 'SN';
    shadow<HTMLButtonElement>(el, '#countries + [part="add"]')!.click();
    const start = shadow<HTMLInputElement>(el, '#start')!;
    start.value = '2026-09-01';
    start.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.sendState, { timeout: 10_000 }).toBe('pending');
    const id = events[0]!.submission.action.id;
    expect((await fetch(`${apiBase}/actions/${id}`)).status).toBe(404);

    await createClient({ baseUrl: apiBase, token: tokens.sector, retries: 0 }).actionSubmissions.publish(id);
    const published = await (await fetch(`${apiBase}/actions/${id}`)).json();
    expect(published.title).toEqual({ en: `Archive days ${HOSTILE_TEXT}` });
    expect(published.actor).toEqual({ kind: 'organization', organization: ORG });
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });
});
