import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { FakeWriteClient } from '../../../test/fake-write-client.js';
import { HOSTILE_NAME } from '../../../test/fixtures.js';
import type { NgoOrganizationEditor } from './ngo-organization-editor.element.js';
import './ngo-organization-editor.js';

afterEach(cleanup);

const LANTERNFISH = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;
const ID = LANTERNFISH.id;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: Element, id: string) => shadow<HTMLInputElement>(el, `#${id}`)!;

async function editor(client: FakeWriteClient, attributes = ''): Promise<NgoOrganizationEditor> {
  const el = mount<NgoOrganizationEditor>(`<ngo-organization-editor organization-id="${ID}" ${attributes}></ngo-organization-editor>`);
  el.client = client;
  await waitForState(el, 'ready');
  return el;
}

async function type(el: NgoOrganizationEditor, id: string, text: string): Promise<void> {
  await userEvent.clear(input(el, id));
  await userEvent.type(input(el, id), text);
  await el.updateComplete;
}

async function save(el: NgoOrganizationEditor): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
  await expect.poll(() => el.saveState).not.toBe('saving');
  await el.updateComplete;
}

describe('<ngo-organization-editor> when a save fails', () => {
  test('412: what the user typed stays; the current version is shown beside it; one action re-applies; the next save publishes both changes', async () => {
    const client = new FakeWriteClient([LANTERNFISH]);
    const el = await editor(client);
    await type(el, 'name-en', `Lanternfish ${HOSTILE_NAME}`);
    // Meanwhile someone else renames it in English and adds a website.
    client.changeBehindTheScenes(ID, { name: { en: 'Lanternfish Network (renamed)' }, website: 'https://elsewhere.example.org/' });
    await save(el);
    expect(el.saveState).toBe('conflict');
    expect(input(el, 'name-en').value).toBe(`Lanternfish ${HOSTILE_NAME}`);
    const conflict = shadow(el, '[part="conflict"]')!;
    expect(deepActiveElement()).toBe(conflict);
    const fields = shadowAll(el, '[part="comparison-field"]');
    expect(fields.map((f) => clean(f.querySelector('dt')))).toEqual(['Names']);
    expect(clean(fields[0]!.querySelector('[part="comparison-current"]'))).toContain('English: Lanternfish Network (renamed)');
    expect(clean(fields[0]!.querySelector('[part="comparison-yours"]'))).toContain(`English: Lanternfish ${HOSTILE_NAME}`);
    // Hostile text is text: no element was made of it.
    expect(conflict.querySelector('img')).toBeNull();
    await expectNoAxeViolations(el);

    shadow<HTMLButtonElement>(el, '[part="reapply"]')!.click();
    await el.updateComplete;
    expect(el.saveState).toBe('reapplied');
    expect(input(el, 'name-en').value).toBe(`Lanternfish ${HOSTILE_NAME}`);
    // The other person's website is now the base, not overwritten by the stale copy.
    expect(input(el, 'website').value).toBe('https://elsewhere.example.org/');
    expect(deepActiveElement()).toBe(shadow(el, '[part="save"]'));
    await save(el);
    expect(el.saveState).toBe('published');
    expect(client.records.get(ID)!.organization.name.en).toBe(`Lanternfish ${HOSTILE_NAME}`);
    expect(client.records.get(ID)!.organization.website).toBe('https://elsewhere.example.org/');
    expect(client.calls.at(-1)).toBe(`update ${ID} {"name":{"en":"Lanternfish ${HOSTILE_NAME.replaceAll('"', '\\"')}","es":"Red de Alfabetización Pez Linterna","fr":"Réseau d'alphabétisation Poisson-lanterne"}} "2"`);
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });

  test.each([
    ['a network error', Object.assign(new Error('offline'), { kind: 'network' }), 'Nothing was saved: The server could not be reached. Check your connection, then try again. Your changes are still here.'],
    ['403', Object.assign(new Error('403'), { kind: 'http', status: 403 }), 'Nothing was saved: You may not change this organisation’s profile. Your changes are still here.'],
  ])('%s: an alert says nothing was saved, and every value typed is still there', async (_, error, message) => {
    const client = new FakeWriteClient([LANTERNFISH]);
    const el = await editor(client);
    await type(el, 'website', 'https://new.example.org/');
    await type(el, 'workingLanguages', 'fr, en, wo, pt');
    client.failNext = error;
    await save(el);
    expect(el.saveState).toBe('failed');
    expect(clean(shadow(el, '[part~="status-error"][role="alert"]'))).toBe(message);
    expect(input(el, 'website').value).toBe('https://new.example.org/');
    expect(input(el, 'workingLanguages').value).toBe('fr, en, wo, pt');
    // Saving again sends the same change.
    await save(el);
    expect(el.saveState).toBe('published');
    expect(client.records.get(ID)!.organization.workingLanguages).toEqual(['fr', 'en', 'wo', 'pt']);
  });

  test("400: the server's field issues, by code, go to the summary and the fields; nothing typed is lost", async () => {
    const client = new FakeWriteClient([LANTERNFISH]);
    const el = await editor(client, 'lang="fr"');
    await type(el, 'contacts-0-value', 'someone@lanternfish.example.org');
    client.failNext = Object.assign(new Error('400'), {
      kind: 'http',
      status: 400,
      problem: { errors: [{ path: 'contacts[0].value', message: 'x', code: 'invalid-format' }, { path: 'partnership', message: 'y', code: 'server-owned' }] },
    });
    await save(el);
    expect(el.saveState).toBe('invalid');
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('li')].map((li) => clean(li))).toEqual([
      "Contact 1 : Adresse ou numéro : Cette valeur n'a pas le format attendu.",
      'partnership : Seul Liaison renseigne ce champ.',
    ]);
    expect(input(el, 'contacts-0-value').value).toBe('someone@lanternfish.example.org');
    expect(input(el, 'contacts-0-value').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('<ngo-organization-editor> by keyboard', () => {
  test('Tab reaches every control in order; Space ticks a field of action; Enter in a text field saves', async () => {
    const client = new FakeWriteClient([LANTERNFISH]);
    const el = await editor(client, 'lang="ar"');
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    input(el, 'name-en').focus();
    const reached: string[] = [];
    for (let i = 0; i < 200 && deepActiveElement() !== shadow(el, '[part="save"]'); i++) {
      await userEvent.tab();
      reached.push((deepActiveElement() as HTMLElement).id || (deepActiveElement() as HTMLElement).getAttribute('part') || '');
    }
    expect(reached).toContain('fieldsOfInterest-0');
    expect(reached).toContain('countriesOfPresence');
    expect(reached).toContain('add-contact');
    expect(reached.at(-1)).toBe('save');
    const box = input(el, 'fieldsOfInterest-0');
    box.focus();
    const before = box.checked;
    await userEvent.keyboard(' ');
    expect(box.checked).toBe(!before);
    input(el, 'website').focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => el.saveState).toBe('published');
    await expectNoAxeViolations(el);
  });
});
