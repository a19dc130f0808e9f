import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll } from '../../../test/dom.js';
import { HOSTILE_NAME } from '../../../test/fixtures.js';
import { useMockServiceWorker } from '../../../test/msw.js';
import { LANTERNFISH, clientAs, useWriteHandlers } from '../../../test/write-path.js';
import type { NgoRevisionDecideEvent } from '../../events/ngo-revision-decide.js';
import type { NgoRevisionReview } from './ngo-revision-review.element.js';
import './ngo-revision-review.js';

useMockServiceWorker();
afterEach(cleanup);

const ID = LANTERNFISH.id;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** One pending revision: the editor renamed the organisation (hostile text) and dropped SDG 10. The Secretariat's client. */
async function withPendingRevision() {
  useWriteHandlers();
  const editor = clientAs('editor');
  const { version } = await editor.organizations.getForEdit(ID);
  await editor.organizations.update(ID, { name: { en: `Lanternfish ${HOSTILE_NAME}` }, sdgs: [4, 5] }, { ifMatch: version });
  return clientAs('secretariat');
}

async function review(client: NgoRevisionReview['client'], attributes = ''): Promise<NgoRevisionReview> {
  const el = mount<NgoRevisionReview>(`<ngo-revision-review ${attributes}></ngo-revision-review>`);
  el.client = client;
  await expect.poll(() => el.state).toMatch(/^(ready|empty|error)$/);
  await el.updateComplete;
  return el;
}

describe('<ngo-revision-review>', () => {
  test('lists each pending revision as a field-by-field diff, before → after, as text', async () => {
    const el = await review(await withPendingRevision());
    expect(el.state).toBe('ready');
    const fields = shadowAll(el, '[part="diff-field"]');
    expect(fields.map((f) => clean(f.querySelector('dt')))).toEqual(['Names', 'Sustainable Development Goals']);
    expect(clean(fields[0]!.querySelector('[part="before"]'))).toContain('English: Lanternfish Literacy Network;');
    expect(clean(fields[0]!.querySelector('[part="after"]'))).toContain(`English: Lanternfish ${HOSTILE_NAME};`);
    await expect.poll(() => clean(fields[1]!.querySelector('[part="after"]'))).toBe('SDG 4: Quality education, SDG 5: Gender equality');
    expect(clean(shadow(el, '[part="submitted"]'))).toMatch(/^Sent by Lanternfish editor on /);
    expect(shadow(el, '[part="diff"] img')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('Publish: the change is live and leaves the list; ngo-revision-decide fired', async () => {
    const client = await withPendingRevision();
    const el = await review(client);
    const decided: NgoRevisionDecideEvent[] = [];
    el.addEventListener('ngo-revision-decide', (event) => decided.push(event));
    shadow<HTMLButtonElement>(el, '[part="publish"]')!.click();
    await expect.poll(() => el.state).toBe('empty');
    expect((await client.organizations.getForEdit(ID)).organization.sdgs).toEqual([4, 5]);
    expect(clean(shadow(el, '[part="status"]'))).toBe('Published.');
    expect(clean(shadow(el, '[part="empty"]'))).toBe('No change is waiting for review.');
    expect(decided.map((e) => e.decision)).toEqual(['published']);
  });

  test('409 on publish: says the profile moved on, and the revision stays', async () => {
    const client = await withPendingRevision();
    const { version } = await client.organizations.getForEdit(ID);
    await client.organizations.update(ID, { website: 'https://elsewhere.example.org/' }, { ifMatch: version });
    const el = await review(client, 'lang="fr"');
    shadow<HTMLButtonElement>(el, '[part="publish"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="moved"]'))).toMatch(/^La fiche a changé depuis cette proposition \(elle est maintenant à la version 2\)/);
    expect(shadow(el, '[part="moved"]')!.getAttribute('role')).toBe('alert');
    expect(shadowAll(el, '[part="revision"]')).toHaveLength(1);
    await expectNoAxeViolations(el);
  });

  test('Return needs a reason (message from its code, focus on the field); with one, the editor gets it', async () => {
    const client = await withPendingRevision();
    const el = await review(client, 'lang="ar"');
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    shadow<HTMLButtonElement>(el, '[part="return"]')!.click();
    await expect.poll(() => clean(shadow(el, '#reason-0-error'))).toBe('أدخل قيمة.');
    expect(deepActiveElement()).toBe(shadow(el, '#reason-0'));
    await expectNoAxeViolations(el);
    await userEvent.type(shadow(el, '#reason-0')!, 'Please cite a source for the new name.');
    shadow<HTMLButtonElement>(el, '[part="return"]')!.click();
    await expect.poll(() => el.state).toBe('empty');
    const [returned] = (await client.revisions.list({ state: 'returned', organization: ID })).items;
    expect(returned).toMatchObject({ state: 'returned', reason: 'Please cite a source for the new name.' });
  });
});
