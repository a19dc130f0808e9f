import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { HOSTILE_NAME } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { LANTERNFISH, clientAs, recordWrites, useWriteHandlers } from '../../../test/write-path.js';
import type { NgoSavedEvent } from '../../events/ngo-saved.js';
import type { NgoOrganizationEditor } from './ngo-organization-editor.element.js';
import './ngo-organization-editor.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const ID = LANTERNFISH.id;

async function editor(client: NgoOrganizationEditor['client'], attributes = ''): Promise<NgoOrganizationEditor> {
  const el = mount<NgoOrganizationEditor>(`<ngo-organization-editor organization-id="${ID}" ${attributes}></ngo-organization-editor>`);
  el.client = client;
  await waitForState(el, 'ready');
  return el;
}

const input = (el: Element, id: string) => shadow<HTMLInputElement>(el, `#${id}`)!;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: NgoOrganizationEditor, id: string, text: string): Promise<void> {
  const field = input(el, id);
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
  await el.updateComplete;
}

async function save(el: NgoOrganizationEditor): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
  await expect.poll(() => el.saveState).not.toBe('saving');
  await el.updateComplete;
}

describe('<ngo-organization-editor>', () => {
  test('shows the names in the languages the record has; a language can be added and removed, never the last one', async () => {
    useWriteHandlers();
    const el = await editor(clientAs('secretariat'));
    expect(shadowAll<HTMLInputElement>(el, '[id^="name-"]').map((i) => `${i.id}=${i.value}`)).toEqual([
      'name-en=Lanternfish Literacy Network',
      'name-es=Red de Alfabetización Pez Linterna',
      'name-fr=Réseau d\'alphabétisation Poisson-lanterne',
    ]);
    expect(input(el, 'name-fr').lang).toBe('fr');
    const add = shadow<HTMLSelectElement>(el, '#add-name')!;
    expect([...add.options].map((o) => o.value)).toEqual(['ar', 'ru', 'zh']);
    add.value = 'ar';
    add.dispatchEvent(new Event('change'));
    shadow<HTMLButtonElement>(el, '[part="add-row"] [part="add"]')!.click();
    await el.updateComplete;
    expect(input(el, 'name-ar').dir).toBe('rtl');
    for (const lang of ['ar', 'es', 'fr']) shadowAll<HTMLButtonElement>(el, '[part="remove"]').find((b) => b.closest('[part="field"]')?.querySelector(`#name-${lang}`))!.click();
    await el.updateComplete;
    const remove = shadowAll<HTMLButtonElement>(el, '[part="row"] [part="remove"]');
    expect(remove).toHaveLength(1);
    expect(remove[0]!.disabled).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('the Secretariat saves: only the changed fields are sent with If-Match, published at once, ngo-saved fired', async () => {
    useWriteHandlers();
    const sent = recordWrites();
    const { version } = await clientAs('secretariat').organizations.getForEdit(ID);
    const el = await editor(clientAs('secretariat'));
    const saved: NgoSavedEvent[] = [];
    document.addEventListener('ngo-saved', (event) => saved.push(event), { once: true });
    await type(el, 'website', 'https://lanternfish.example.org/new');
    shadow<HTMLInputElement>(el, '#sdgs-16')!.click(); // SDG 17
    await save(el);
    expect(sent).toEqual([`PATCH /organizations/${ID} ${version} {"sdgs":[4,5,10,17],"website":"https://lanternfish.example.org/new"}`]);
    expect(el.saveState).toBe('published');
    expect((await clientAs('secretariat').organizations.getForEdit(ID)).organization.sdgs).toEqual([4, 5, 10, 17]);
    expect(clean(shadow(el, '[part="status"]'))).toBe('Saved and published.');
    expect(saved[0]?.result.status).toBe('published');
    // The next save goes against the new version.
    await type(el, 'website', 'https://lanternfish.example.org/');
    await save(el);
    expect(el.saveState).toBe('published');
    // The version the first save published (the client sends it as an ETag).
    await expect.poll(() => sent[1]).toMatch(new RegExp(`^PATCH /organizations/${ID} "?2"? `));
  });

  test('an NGO editor saves: the pending state is shown; a returned change shows the Secretariat’s reason as text', async () => {
    useWriteHandlers();
    const el = await editor(clientAs('editor'));
    await type(el, 'name-en', 'Lanternfish Literacy Network International');
    await save(el);
    expect(el.saveState).toBe('pending');
    expect(clean(shadow(el, '[part="status"]'))).toMatch(/^Sent for review\./);
    // The public profile is unchanged until the Secretariat publishes.
    expect((await clientAs('secretariat').organizations.getForEdit(ID)).organization.name.en).toBe('Lanternfish Literacy Network');
    cleanup();
    const pending = await editor(clientAs('editor'));
    await expect.poll(() => clean(shadow(pending, '[part~="pending"]'))).toMatch(/^A change sent on .+ is waiting for review\.$/);
    const secretariat = clientAs('secretariat');
    const [revision] = (await secretariat.revisions.list({ state: 'pending', organization: ID })).items;
    await secretariat.revisions.return(revision!.id, `Please cite a source. ${HOSTILE_NAME}`);
    cleanup();
    const again = await editor(clientAs('editor'));
    await expect.poll(() => clean(shadow(again, '[part~="returned"]'))).toMatch(/^The Secretariat returned your change of .+: Please cite a source\. <img src=x/);
    expect(shadow(again, '[part="reason"] img')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
    await expectNoAxeViolations(again);
  });

  test('invalid values: nothing is sent, the error summary takes focus and each link moves focus to its field', async () => {
    useWriteHandlers();
    const sent = recordWrites();
    const el = await editor(clientAs('secretariat'));
    await type(el, 'name-fr', '   ');
    await type(el, 'website', 'not a url');
    await save(el);
    expect(sent).toEqual([]);
    expect(el.saveState).toBe('invalid');
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    expect(clean(summary.querySelector('[part="error-summary-title"]'))).toBe('There are 2 problems to fix before saving');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => clean(a))).toEqual(['Name in French: Enter a value.', 'Website: This value is not in the expected format.']);
    expect(input(el, 'website').getAttribute('aria-invalid')).toBe('true');
    expect(clean(shadow(el, '#website-error'))).toBe('This value is not in the expected format.');
    links[1]!.click();
    expect(deepActiveElement()).toBe(input(el, 'website'));
    // What was typed is still there.
    expect(input(el, 'website').value).toBe('not a url');
    await expectNoAxeViolations(el);
  });

  test.each([
    ['fr', 'Nom en français : Saisissez une valeur.', '2 problèmes sont à corriger avant d’enregistrer'],
    ['es', 'Nombre en francés: Introduzca un valor.', 'Hay 2 problemas que corregir antes de guardar'],
    ['ar', 'الاسم باللغة الفرنسية: أدخل قيمة.', 'توجد مشكلتان يجب إصلاحهما قبل الحفظ'],
    ['ru', 'Название (французский): Введите значение.', 'Перед сохранением нужно исправить 2 проблемы'],
    ['zh', '法语名称：请输入一个值。', '保存前需要解决 2 个问题'],
  ])('field messages from the codes in %s', async (lang, first, title) => {
    useWriteHandlers();
    const el = await editor(clientAs('secretariat'), `lang="${lang}"`);
    await type(el, 'name-fr', '');
    await type(el, 'website', 'x');
    await save(el);
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(clean(summary.querySelector('[part="error-summary-title"]'))).toBe(title);
    expect(clean(summary.querySelector('a'))).toBe(first);
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(el);
  });
});
