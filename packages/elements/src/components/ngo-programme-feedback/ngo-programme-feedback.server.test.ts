import { createClient } from '@ngo-liaison/client';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import type { NgoProgrammeFeedback } from './ngo-programme-feedback.element.js';
import './ngo-programme-feedback.js';

// Contract test: <ngo-programme-feedback> against the reference API server that
// test/global-setup.ts starts in Node (real HTTP with bearer tokens, CORS, SQLite).
const apiBase = inject('apiBase');
const tokens = inject('apiTokens');
const unavailable = inject('apiUnavailable') || inject('apiDialogueUnavailable');
const ORG = 'demo-kite-and-compass-archives';

afterEach(cleanup);

describe.skipIf(!apiBase || !tokens.sector || Boolean(unavailable))(`<ngo-programme-feedback> against the real API server${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  test('an NGO sends feedback; the sector answers it in its view (hostile text); the NGO reads the answer, as text', async () => {
    const ngo = mount<NgoProgrammeFeedback>(`<ngo-programme-feedback organization="${ORG}"></ngo-programme-feedback>`);
    ngo.client = createClient({ baseUrl: apiBase, token: tokens.editor, retries: 0 });
    await waitForState(ngo, 'ready');
    const programme = shadow<HTMLSelectElement>(ngo, '#programme')!;
    programme.value = 'demo-coastal-literacy-initiative';
    programme.dispatchEvent(new Event('change'));
    await userEvent.fill(shadow<HTMLInputElement>(ngo, '#subject')!, `Archive training ${HOSTILE_TEXT}`);
    await userEvent.fill(shadow<HTMLTextAreaElement>(ngo, '#text')!, 'Could the programme include archive training?');
    shadow<HTMLButtonElement>(ngo, '[part="save"]')!.click();
    await expect.poll(() => ngo.sendState, { timeout: 10_000 }).toBe('sent');

    const sector = mount<NgoProgrammeFeedback>('<ngo-programme-feedback sector="ED"></ngo-programme-feedback>');
    sector.client = createClient({ baseUrl: apiBase, token: tokens.sector, retries: 0 });
    await waitForState(sector, 'ready');
    const mine = [...sector.shadowRoot!.querySelectorAll('[part~="feedback-item"]')].findIndex((item) => item.textContent?.includes('Archive training'));
    expect(mine).toBeGreaterThanOrEqual(0);
    await userEvent.fill(shadow<HTMLTextAreaElement>(sector, `#answer-${mine}`)!, `Yes, from next year. ${HOSTILE_TEXT}`);
    [...sector.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answer"]')][mine]!.click();
    await expect.poll(() => shadow(sector, '[part="status"]')?.textContent, { timeout: 10_000 }).toBe('Answer sent.');

    cleanup();
    const again = mount<NgoProgrammeFeedback>(`<ngo-programme-feedback organization="${ORG}"></ngo-programme-feedback>`);
    again.client = createClient({ baseUrl: apiBase, token: tokens.editor, retries: 0 });
    await waitForState(again, 'ready');
    expect(shadow(again, '[part="answer-text"]')?.textContent).toBe(`Yes, from next year. ${HOSTILE_TEXT}`);
    expect(shadow(again, '[part~="feedback-item"] img, [part~="feedback-item"] script')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });
});
