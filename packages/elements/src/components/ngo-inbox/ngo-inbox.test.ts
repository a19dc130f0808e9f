import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createClient } from '@ngo-liaison/client';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT, dialogueClient, followedUpRecommendation, publishedAction, useDialogueHandlers } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker } from '../../../test/msw.js';
import { WRITE_API } from '../../../test/write-path.js';
import type { NgoInboxReadEvent } from '../../events/ngo-inbox-read.js';
import type { NgoInbox } from './ngo-inbox.element.js';
import './ngo-inbox.js';

useMockServiceWorker();
afterEach(cleanup);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function inbox(client: NgoInbox['client'], attributes = ''): Promise<NgoInbox> {
  const el = mount<NgoInbox>(`<ngo-inbox ${attributes}></ngo-inbox>`);
  el.client = client;
  await expect.poll(() => el.state, { timeout: 5_000 }).toMatch(/^(ready|empty|error)$/);
  await el.updateComplete;
  return el;
}

describe('<ngo-inbox>', () => {
  test('a published action in the sector’s inbox: kind, title in its language, reasons in words, date, unread; hostile text as text; the feed link', async () => {
    useDialogueHandlers();
    await publishedAction();
    const client = dialogueClient('sector');
    const el = await inbox(client);
    expect(el.state).toBe('ready');
    const [item] = shadowAll(el, '[part="item"]');
    expect(item!.dataset.read).toBe('false');
    expect(clean(item!.querySelector('[part="kind"]'))).toBe('Action published');
    const title = item!.querySelector('[part="title"] bdi')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.textContent).toBe(`Reading circles ${HOSTILE_TEXT}`);
    expect(item!.querySelector('script, img')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
    expect(clean(item!.querySelector('[part="title"] .visually-hidden'))).toBe('Unread:');
    await expect.poll(() => clean(item!.querySelector('[part="reasons"]'))).toBe(
      'Why you received it: in the work of the Education Sector and within the programme demo-coastal-literacy-initiative',
    );
    expect(item!.querySelector('[part="date"]')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const status = shadow(el, '[part="unread-count"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(clean(status)).toBe('1 unread item');
    const feeds = shadowAll<HTMLAnchorElement>(el, '[part="feed"]');
    expect(feeds.map((a) => a.href)).toEqual([client.inbox.feedUrl('sector:ED', { lang: 'en' })]);
    expect(clean(feeds[0])).toBe('Feed of Education Sector');
    await expectNoAxeViolations(el);
  });

  test('mark as read, then unread again, with the keyboard: the server records it for this person, the count follows, ngo-inbox-read fires', async () => {
    useDialogueHandlers();
    await publishedAction();
    const client = dialogueClient('sector');
    const el = await inbox(client);
    const marked: NgoInboxReadEvent[] = [];
    el.addEventListener('ngo-inbox-read', (event) => marked.push(event));
    const toggle = shadow<HTMLButtonElement>(el, '[part="toggle-read"]')!;
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadow(el, '[part="item"]')!.dataset.read).toBe('true');
    expect(clean(shadow(el, '[part="unread-count"]'))).toBe('0 unread items');
    expect((await client.inbox.page({ unread: true })).items).toEqual([]);
    expect(deepActiveElement()).toBe(toggle);
    expect(clean(toggle)).toBe('Mark as unread');
    await userEvent.keyboard(' ');
    await expect.poll(() => shadow(el, '[part="item"]')!.dataset.read).toBe('false');
    expect((await client.inbox.page({ unread: true })).unread).toBe(1);
    expect(marked.map((e) => [e.items.length, e.read])).toEqual([
      [1, true],
      [1, false],
    ]);
  });

  test('Mark all read marks every unread item over the filter, not only those shown', async () => {
    useDialogueHandlers();
    await publishedAction();
    await publishedAction({ en: 'Second action' });
    await followedUpRecommendation();
    const client = dialogueClient('memberState');
    const el = await inbox(client, 'limit="1"');
    expect(shadowAll(el, '[part="item"]')).toHaveLength(1);
    expect(clean(shadow(el, '[part="unread-count"]'))).toBe('3 unread items');
    shadow<HTMLButtonElement>(el, '[part="mark-all"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="unread-count"]'))).toBe('0 unread items');
    expect((await client.inbox.page({})).unread).toBe(0);
  });

  test('filters by kind and unread; the choices are the filter’s own controls', async () => {
    useDialogueHandlers();
    await publishedAction();
    await followedUpRecommendation();
    const client = dialogueClient('memberState');
    const el = await inbox(client);
    expect(shadowAll(el, '[part="item"]')).toHaveLength(2);
    const kind = shadow<HTMLSelectElement>(el, '[part="kind-filter"]')!;
    kind.value = 'recommendation.addressed';
    kind.dispatchEvent(new Event('change'));
    await expect.poll(() => shadowAll(el, '[part="item"]').map((i) => i.dataset.kind)).toEqual(['recommendation.addressed']);
    expect(el.kind).toBe('recommendation.addressed');
    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    await expect.poll(() => shadowAll(el, '[part="item"]')).toHaveLength(2);
    await client.inbox.mark([(await client.inbox.page({ kind: 'action.published' })).items[0]!.id], true);
    shadow<HTMLInputElement>(el, '[part="unread-filter"] input')!.click();
    await expect.poll(() => shadowAll(el, '[part="item"]').map((i) => i.dataset.kind)).toEqual(['recommendation.addressed']);
    const addressee = shadow<HTMLSelectElement>(el, '[part="addressee-filter"]')!;
    expect([...addressee.options].map((o) => o.value)).toEqual(['', 'member-state:SN']);
  });

  test('a regional consultation reaches the NGO headquartered in the region, with the reason in words', async () => {
    useDialogueHandlers();
    const now = Date.now();
    const opened = await dialogueClient('sector').consultations.create({
      title: { en: 'West African reading priorities' },
      owner: { kind: 'sector', sector: 'ED' },
      audience: { kind: 'region', region: 'africa' },
      questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Anything to add?' } }],
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    const el = await inbox(dialogueClient('editor'));
    const item = shadowAll(el, '[part="item"]').find((candidate) => clean(candidate.querySelector('[part="title"]')).includes('West African reading priorities'));
    expect(item, `the consultation ${opened.id} in the inbox`).toBeDefined();
    await expect.poll(() => clean(item!.querySelector('[part="reasons"]'))).toBe('Why you received it: for the partners in the consultation’s region');
  });

  test('Arabic, right to left, axe clean; signed out: says to sign in, with Retry', async () => {
    useDialogueHandlers();
    await publishedAction();
    const el = await inbox(dialogueClient('fieldOffice'), 'lang="ar"');
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    await expect.poll(() => clean(shadow(el, '[part="kind"]'))).toBe('نُشر نشاط');
    await expectNoAxeViolations(el);

    const signedOut = await inbox(createClient({ baseUrl: WRITE_API, retries: 0 }));
    expect(signedOut.state).toBe('error');
    expect(clean(shadow(signedOut, '[part="message"] p'))).toBe('Sign in to read your inbox.');
    expect(shadow(signedOut, '[part="retry"]')).not.toBeNull();
  });
});
