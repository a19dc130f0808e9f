import { createClient } from '@ngo-liaison/client';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import { HOSTILE_NAME } from '../../../test/fixtures.js';
import type { NgoOrganizationProfile } from '../ngo-organization-profile/ngo-organization-profile.element.js';
import type { NgoRevisionReview } from '../ngo-revision-review/ngo-revision-review.element.js';
import type { NgoOrganizationEditor } from './ngo-organization-editor.element.js';
import '../ngo-organization-profile/ngo-organization-profile.js';
import '../ngo-revision-review/ngo-revision-review.js';
import './ngo-organization-editor.js';

// Contract test: the write path against the reference API server that test/global-setup.ts
// starts in Node (real HTTP with bearer tokens, CORS for this page's origin, SQLite).
const apiBase = inject('apiBase');
const tokens = inject('apiTokens');
const unavailable = inject('apiUnavailable') || inject('apiWritesUnavailable');
// An organisation no other server test reads; the new name keeps its place in name order.
const ID = 'demo-kite-and-compass-archives';
const NAME = 'Kite and Compass Open Archives Society';

afterEach(cleanup);

describe.skipIf(!apiBase || !tokens.editor)(`the write path against the real API server${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  test('an NGO editor changes the name (hostile text), sees it pending; the Secretariat publishes it; the profile shows it, as text', async () => {
    const editor = mount<NgoOrganizationEditor>(`<ngo-organization-editor organization-id="${ID}"></ngo-organization-editor>`);
    editor.client = createClient({ baseUrl: apiBase, token: tokens.editor, retries: 0 });
    await waitForState(editor, 'ready');
    const name = shadow<HTMLInputElement>(editor, '#name-en')!;
    await userEvent.type(name, ` ${HOSTILE_NAME}`);
    shadow<HTMLButtonElement>(editor, '[part="save"]')!.click();
    await expect.poll(() => editor.saveState, { timeout: 10_000 }).toBe('pending');
    // Public reads still show the published name.
    const before = await (await fetch(`${apiBase}/organizations/${ID}`)).json();
    expect(before.name.en).toBe(NAME);

    const review = mount<NgoRevisionReview>('<ngo-revision-review></ngo-revision-review>');
    review.client = createClient({ baseUrl: apiBase, token: tokens.secretariat, retries: 0 });
    await expect.poll(() => review.state, { timeout: 10_000 }).toBe('ready');
    expect(shadow(review, '[part="after"]')?.textContent).toContain(`${NAME} ${HOSTILE_NAME}`);
    shadow<HTMLButtonElement>(review, '[part="publish"]')!.click();
    await expect.poll(() => review.state, { timeout: 10_000 }).toBe('empty');

    const profile = mount<NgoOrganizationProfile>(`<ngo-organization-profile org-id="${ID}" api-base="${apiBase}"></ngo-organization-profile>`);
    await expect.poll(() => profile.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim(), { timeout: 10_000 }).toBe(`${NAME} ${HOSTILE_NAME}`);
    expect(profile.shadowRoot!.querySelector('[part="name"] img')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });
});
