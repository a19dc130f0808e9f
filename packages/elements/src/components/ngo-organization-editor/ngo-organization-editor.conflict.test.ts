import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { HOSTILE_NAME } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { LANTERNFISH, WRITE_API, clientAs, recordWrites, useWriteHandlers } from '../../../test/write-path.js';
import type { NgoOrganizationEditor } from './ngo-organization-editor.element.js';
import './ngo-organization-editor.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const ID = LANTERNFISH.id;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: Element, id: string) => shadow<HTMLInputElement>(el, `#${id}`)!;

async function editor(client: NgoOrganizationEditor['client'], attributes = ''): Promise<NgoOrganizationEditor> {
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
    useWriteHandlers();
    const sent = recordWrites();
    const el = await editor(clientAs('secretariat'));
    await type(el, 'name-en', `Lanternfish ${HOSTILE_NAME}`);
    // Meanwhile another member of the Secretariat renames it in English and changes the website.
    const other = clientAs('secretariat');
    const { version } = await other.organizations.getForEdit(ID);
    const theirs = await other.organizations.update(ID, { name: { en: 'Lanternfish Network (renamed)' }, website: 'https://elsewhere.example.org/' }, { ifMatch: version });
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
    const now = (await other.organizations.getForEdit(ID)).organization;
    expect(now.name.en).toBe(`Lanternfish ${HOSTILE_NAME}`);
    expect(now.website).toBe('https://elsewhere.example.org/');
    // The second save went against the version the other change made, and sent only the name.
    expect(theirs.status).toBe('published');
    await expect.poll(() => sent.at(-1)).toMatch(new RegExp(`^PATCH /organizations/${ID} "2[^"]*" \\{"name":\\{"en":"Lanternfish <img`));
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });

  test('a network error: an alert says nothing was saved, every value typed is still there, and saving again sends it', async () => {
    useWriteHandlers();
    const el = await editor(clientAs('secretariat'));
    await type(el, 'website', 'https://new.example.org/');
    await type(el, 'workingLanguages', 'fr, en, wo, pt');
    worker.use(http.patch(`${WRITE_API}/organizations/:id`, () => HttpResponse.error(), { once: true }));
    await save(el);
    expect(el.saveState).toBe('failed');
    expect(clean(shadow(el, '[part~="status-error"][role="alert"]'))).toBe(
      'Nothing was saved: The server could not be reached. Check your connection, then try again. Your changes are still here.',
    );
    expect(input(el, 'website').value).toBe('https://new.example.org/');
    expect(input(el, 'workingLanguages').value).toBe('fr, en, wo, pt');
    await save(el);
    expect(el.saveState).toBe('published');
    expect((await clientAs('secretariat').organizations.getForEdit(ID)).organization.workingLanguages).toEqual(['fr', 'en', 'wo', 'pt']);
  });

  test("403 (another organisation's editor): nothing typed is lost; signed in as the right editor, the same change goes for review", async () => {
    useWriteHandlers();
    const el = await editor(clientAs('otherEditor'));
    await type(el, 'website', 'https://new.example.org/');
    await save(el);
    expect(el.saveState).toBe('failed');
    expect(clean(shadow(el, '[part~="status-error"][role="alert"]'))).toBe(
      'Nothing was saved: You may not change this organisation’s profile. Your changes are still here.',
    );
    el.client = clientAs('editor');
    await el.updateComplete;
    expect(input(el, 'website').value).toBe('https://new.example.org/');
    await save(el);
    expect(el.saveState).toBe('pending');
  });

  test("400: the server's field issues, by code, go to the summary and the fields; nothing typed is lost", async () => {
    useWriteHandlers();
    const el = await editor(clientAs('secretariat'), 'lang="fr"');
    await type(el, 'contacts-0-value', 'someone@lanternfish.example.org');
    // A rule only the server knows (the element has checked everything it can).
    const problem = {
      type: 'https://liaison.example/problems/invalid-request',
      title: 'Bad Request',
      status: 400,
      errors: [{ path: 'contacts[0].value', message: 'x', code: 'invalid-format' }, { path: 'partnership', message: 'y', code: 'server-owned' }],
    };
    worker.use(http.patch(`${WRITE_API}/organizations/:id`, () => HttpResponse.json(problem, { status: 400, headers: { 'content-type': 'application/problem+json' } }), { once: true }));
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
    useWriteHandlers();
    const el = await editor(clientAs('secretariat'), 'lang="ar"');
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
