import type { Action, FocalPoint, ForumEvent, Organization } from '@ngo-liaison/core';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_ORGANIZATIONS, sampleEvents } from '@ngo-liaison/core/sample-data';
import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, mountInWidth } from '../test/dom.js';
import { HOSTILE_NAME, makeOrganization } from '../test/fixtures.js';
import { NOW } from '../test/forum-events.js';
import { useMockServiceWorker, worker } from '../test/msw.js';
import './components/ngo-action-feed/ngo-action-feed.js';
import './components/ngo-directory/ngo-directory.js';
import './components/ngo-event-card/ngo-event-card.js';
import './components/ngo-event-detail/ngo-event-detail.js';
import './components/ngo-field-office/ngo-field-office.js';
import './components/ngo-focal-points/ngo-focal-points.js';
import './components/ngo-organization-profile/ngo-organization-profile.js';
import './components/ngo-organization-editor/ngo-organization-editor.js';
import './components/ngo-revision-review/ngo-revision-review.js';
import { WRITE_API, clientAs, useWriteHandlers } from '../test/write-path.js';
import { dialogueClient, followedUpRecommendation, publishedAction, useDialogueHandlers } from '../test/dialogue-path.js';
import './components/ngo-inbox/ngo-inbox.js';
import './components/ngo-recommendation-tracker/ngo-recommendation-tracker.js';
import './components/ngo-newsletter-signup/ngo-newsletter-signup.js';
import './components/ngo-newsletter-archive/ngo-newsletter-archive.js';
import './components/ngo-consultation/ngo-consultation.js';
import './components/ngo-forum-themes/ngo-forum-themes.js';
import './components/ngo-meetings/ngo-meetings.js';

/*
 * WCAG 2.2 SC 1.4.10 Reflow: in a 320 CSS px wide container no widget may need sideways
 * scrolling or spill outside its own box. Each widget is shown with rich data, in French,
 * Arabic (right to left) and Russian (long words), with adversarial unbroken strings, and
 * every box and every run of text in its shadow roots must lie within the host, left and right.
 */

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const LANGS = ['fr', 'ar', 'ru'] as const;
type Lang = (typeof LANGS)[number];

const FORMULA = '=HYPERLINK("https://evil.example.org","X")';
const LONG_URL = 'https://lanternfish-literacy.example.org/programmes/coastal-literacy/reading-circles/2026/volunteer-tutors/registration-and-accessibility-information';
const LONG_HOST = 'contact-secretariat-international@lanternfish-literacy-network-for-coastal-communities.example.org';
const RU_WORD = 'Межправительственнаянаучнообразовательнаяассоциация';
const AR_WORD = 'والاستراتيجياتالتعليميةالمجتمعية';

/** Long localized text: a real-looking phrase, then one unbroken word per language. */
const longText = (en: string) => ({
  en: `${en} ${FORMULA}${FORMULA}`,
  fr: `${en} — Organisation internationale non gouvernementale ${FORMULA}`,
  ar: `${AR_WORD} ${AR_WORD}${AR_WORD}`,
  ru: `${RU_WORD} ${RU_WORD}`,
});

const LANTERNFISH = SAMPLE_ORGANIZATIONS.find((org) => org.id === 'demo-lanternfish-literacy-network')!;

/** A rich fictional organisation whose every free-text field can be one long word. */
const RICH_ORG: Organization = {
  ...LANTERNFISH,
  id: 'demo-reflow-rich',
  name: longText('Lanternfish Literacy Network'),
  acronym: { en: FORMULA, fr: FORMULA, ar: AR_WORD, ru: RU_WORD },
  formerNames: [longText('Lanternfish Reading Circles')],
  headquarters: { city: RU_WORD, country: 'SN' },
  website: LONG_URL,
  description: longText('A fictional network of community reading circles.'),
  fieldsOfInterest: [FORMULA, RU_WORD, 'literacy'],
  partnership: [
    { category: 'formal-consultative', from: 2009, evidence: [] },
    { category: 'associate', from: 2016, to: 2024, decidedBy: 'EB', decisionRef: `999EX/NGP/1/${FORMULA}`, evidence: [] },
    { category: 'associate', from: 2024, to: 2032, decidedBy: 'EB', decisionRef: LONG_URL, evidence: [{ source: 'organization', url: LONG_URL, asOf: '2026-11-26', quote: 'The page says so. '.repeat(12).trim() }] },
  ],
  contacts: [
    { kind: 'email', value: LONG_HOST, label: longText('General enquiries'), fictional: true },
    { kind: 'phone', value: '+221000000000000000000000000000', label: { en: 'Secretariat', fr: 'Secrétariat' }, fictional: true },
    { kind: 'postal', value: `${RU_WORD}, ${LONG_URL}`, label: { en: FORMULA, fr: FORMULA }, fictional: true },
  ],
  identifiers: [{ scheme: 'org-id', value: `XM-DAC-${'9'.repeat(60)}` }],
  provenance: { ...LANTERNFISH.provenance, sourceUrls: [LONG_URL, `${LONG_URL}?${'q=1&'.repeat(20)}`], note: FORMULA.repeat(3) },
};

const DIRECTORY_ITEMS: Organization[] = [
  RICH_ORG,
  makeOrganization('demo-reflow-hostile', { name: { en: HOSTILE_NAME + FORMULA, fr: FORMULA.repeat(2) }, website: LONG_URL, fieldsOfInterest: [FORMULA] }),
  ...SAMPLE_ORGANIZATIONS.slice(0, 6),
];

const RICH_EVENT: ForumEvent = (() => {
  const forum = sampleEvents(NOW).find((e) => e.id === 'demo-coastal-literacy-forum')!;
  return {
    ...forum,
    id: 'demo-reflow-forum',
    title: longText('Forum on Coastal Literacy'),
    theme: longText('Reading circles as places of dialogue'),
    description: longText('A fictional two-day forum.'),
    location: { mode: 'hybrid', venue: longText('Community hall'), city: { en: RU_WORD, ar: AR_WORD }, country: 'SN', url: LONG_URL },
    organizers: [
      { role: 'host-ngo', organizationId: 'demo-lanternfish-literacy-network', name: longText('Lanternfish Literacy Network') },
      { role: 'host-ngo', name: { en: FORMULA } },
      { role: 'liaison-committee' },
      { role: 'national-commission', country: 'SN' },
    ],
    languages: ['fr', 'ar', 'ru', 'en'],
    outputs: [
      { kind: 'final-report', url: LONG_URL, title: longText('Report of the forum') },
      { kind: 'final-report', url: `${LONG_URL}/${FORMULA}` },
    ],
    registration: { url: LONG_URL, deadline: forum.registration?.deadline, note: longText('Places are limited') },
    provenance: { ...forum.provenance, sourceUrls: [LONG_URL] },
  };
})();

const FOCAL_POINTS: FocalPoint[] = [
  {
    ...SAMPLE_FOCAL_POINTS[0]!,
    role: longText('NGO focal point, Education Sector'),
    contacts: [{ kind: 'email', value: LONG_HOST, label: longText('Role mailbox'), fictional: true }],
  },
  {
    ...SAMPLE_FOCAL_POINTS[0]!,
    id: 'demo-reflow-abuja',
    scope: { kind: 'field-office', fieldOffice: 'abuja' },
    role: longText('Civil society liaison, UNESCO Office in Abuja'),
    contacts: [{ kind: 'email', value: LONG_HOST, label: longText('Role mailbox'), fictional: true }],
  },
  ...SAMPLE_FOCAL_POINTS.filter((point) => point.scope.kind === 'field-office'),
];

const ACTIONS: Action[] = [
  {
    ...SAMPLE_ACTIONS[0]!,
    id: 'demo-reflow-action',
    title: longText('Reading circles in Saint-Louis'),
    description: longText('Weekly reading circles for adult learners.'),
    countries: ['SN', 'GH'],
    place: `${RU_WORD}${FORMULA}`,
    outcomes: [longText('12 circles opened'), { en: LONG_URL, fr: LONG_URL }],
  },
  ...SAMPLE_ACTIONS,
];

function useHandlers(): void {
  worker.use(...createHandlers({ baseUrl: API, now: NOW, events: [RICH_EVENT], focalPoints: FOCAL_POINTS, actions: ACTIONS }));
}

type Widget = HTMLElement & { state?: string; updateComplete: Promise<boolean> };

/** Mounts `markup` (one widget) in a 320 px wide box. */
const narrow = <T extends Widget>(markup: string): T => mountInWidth<T>(320, markup);

/** Waits for the widget and for the widgets nested in its shadow root to settle. */
async function settle(el: Widget, states: readonly string[]): Promise<void> {
  await expect.poll(() => states.includes(el.state ?? ''), { timeout: 5_000 }).toBe(true);
  await el.updateComplete;
  for (const inner of [...el.shadowRoot!.querySelectorAll<Widget>('*')].filter((node) => node.localName.startsWith('ngo-'))) {
    if ('state' in inner) await expect.poll(() => !['idle', 'loading'].includes(inner.state ?? ''), { timeout: 5_000 }).toBe(true);
    await inner.updateComplete;
  }
  // Reference data (country and goal names) arrives a moment later: let it render.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await el.updateComplete;
}

/** Every element of a shadow root and of the shadow roots nested in it. */
function deepElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

/** Visually hidden on purpose (1 px clip), or inside something that is. */
function visuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
    const style = getComputedStyle(node);
    if (style.clipPath.startsWith('inset(50%') || style.clip.startsWith('rect(0')) return true;
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return true;
    if (node.getRootNode() === document) break;
  }
  return false;
}

const describeNode = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;

/** The boxes and runs of text that lie outside the host, as "what: left–right". */
function spills(host: HTMLElement): string[] {
  const limit = host.getBoundingClientRect();
  const out: string[] = [];
  const check = (what: string, box: DOMRect) => {
    if (box.width === 0 && box.height === 0) return;
    if (box.left < limit.left - 0.5 || box.right > limit.right + 0.5) {
      out.push(`${what}: ${Math.round(box.left - limit.left)}–${Math.round(box.right - limit.left)} (host 0–${Math.round(limit.width)})`);
    }
  };
  for (const el of deepElements(host.shadowRoot!)) {
    if (el.localName === 'style' || el.localName === 'slot' || visuallyHidden(el)) continue;
    check(describeNode(el), el.getBoundingClientRect());
    // A block may fit while its text runs out of it: measure the text too. (An <input>'s own
    // value scrolls inside it, which is fine; it has no text children to measure.)
    for (const child of el.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      check(`text in ${describeNode(el)} "${child.textContent.trim().slice(0, 30)}"`, range.getBoundingClientRect());
    }
  }
  return out;
}

/** Opens every <details> so that what they hide is measured too. */
async function openAll(el: Widget): Promise<void> {
  for (const details of deepElements(el.shadowRoot!).filter((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement)) {
    details.open = true;
  }
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

async function expectReflow(el: Widget): Promise<void> {
  await openAll(el);
  const container = el.parentElement!.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(host.right, 'host').toBeLessThanOrEqual(container.right + 0.5);
  expect(host.left, 'host').toBeGreaterThanOrEqual(container.left - 0.5);
  expect(spills(el).join('\n')).toBe('');
}

describe.each(LANGS)('fits a 320 px container without sideways scrolling (WCAG 1.4.10), lang=%s', (lang: Lang) => {
  test('<ngo-directory> with items and every facet shown', async () => {
    const el = narrow<Widget & { items?: readonly Organization[] }>(
      `<ngo-directory lang="${lang}" facets="status kind sector sdg region group country hq scope language interest"></ngo-directory>`,
    );
    el.items = DIRECTORY_ITEMS;
    await settle(el, ['list']);
    // A ticked facet shows a chip with the long interest in it.
    const option = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="facet-checkbox"]')].find((input) => input.value === FORMULA);
    option?.click();
    await el.updateComplete;
    for (const more of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="facet-more"]')) more.click();
    await el.updateComplete;
    await expectReflow(el);
  });

  test('<ngo-organization-profile> of a rich organisation', async () => {
    useHandlers();
    const el = narrow<Widget & { organization?: Organization }>(`<ngo-organization-profile lang="${lang}" api-base="${API}"></ngo-organization-profile>`);
    el.organization = RICH_ORG;
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-event-card>', async () => {
    const el = narrow<Widget & { event?: ForumEvent }>(`<ngo-event-card lang="${lang}" time-zone="Asia/Kolkata"></ngo-event-card>`);
    el.event = RICH_EVENT;
    await el.updateComplete;
    await expectReflow(el);
  });

  test('<ngo-event-detail> of a rich event', async () => {
    useHandlers();
    const el = narrow<Widget & { event?: ForumEvent }>(`<ngo-event-detail lang="${lang}" time-zone="Asia/Kolkata" api-base="${API}"></ngo-event-detail>`);
    el.event = RICH_EVENT;
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-field-office> with its focal points and actions', async () => {
    useHandlers();
    const el = narrow<Widget>(`<ngo-field-office code="abuja" lang="${lang}" api-base="${API}" profile-href="/ngo/{id}"></ngo-field-office>`);
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-focal-points>', async () => {
    useHandlers();
    const el = narrow<Widget>(`<ngo-focal-points sector="ED" lang="${lang}" api-base="${API}"></ngo-focal-points>`);
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-action-feed>', async () => {
    useHandlers();
    const el = narrow<Widget>(
      `<ngo-action-feed programme="demo-coastal-literacy-initiative" lang="${lang}" api-base="${API}" profile-href="/ngo/{id}"></ngo-action-feed>`,
    );
    await settle(el, ['ready', 'empty', 'error']);
    expect(el.state).toBe('ready');
    await expectReflow(el);
  });

  /** An editor of `org` whose website field was set to `website` and saved (after `meanwhile`). */
  async function editorAfterSave(org: Organization, website: string, meanwhile = async () => {}): Promise<Widget & { saveState?: string }> {
    useWriteHandlers([org]);
    const el = narrow<Widget & { client?: unknown; saveState?: string }>(`<ngo-organization-editor lang="${lang}" organization-id="${org.id}"></ngo-organization-editor>`);
    el.client = clientAs('secretariat');
    await settle(el, ['ready']);
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#website')!;
    field.value = website;
    field.dispatchEvent(new Event('input'));
    await meanwhile();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await expect.poll(() => el.saveState).not.toBe('saving');
    await settle(el, ['ready']);
    return el;
  }

  test('<ngo-organization-editor> of a rich organisation with invalid values (error summary and field messages)', async () => {
    // Valid long values (the server serves it), then an invalid website typed in.
    const rich: Organization = { ...LANTERNFISH, name: longText('Lanternfish Literacy Network'), contacts: RICH_ORG.contacts, countriesOfPresence: ['SN', 'GM', 'GN', 'MR', 'CV', 'RU', 'SA'] };
    const el = await editorAfterSave(rich, `${RU_WORD}${FORMULA}`);
    expect(el.saveState).toBe('invalid');
    await expectReflow(el);
  });

  test('<ngo-organization-editor> after a 412 (the current version beside long values)', async () => {
    const el = await editorAfterSave(LANTERNFISH, `${LONG_URL}/${RU_WORD}`, async () => {
      const other = clientAs('secretariat');
      const { version } = await other.organizations.getForEdit(LANTERNFISH.id);
      await other.organizations.update(LANTERNFISH.id, { website: `${LONG_URL}/moved`, name: { en: RU_WORD, ar: AR_WORD } }, { ifMatch: version });
    });
    expect(el.saveState).toBe('conflict');
    await expectReflow(el);
  });

  test('<ngo-revision-review> of a rich change', async () => {
    useWriteHandlers([{ ...LANTERNFISH, description: longText('A description') }]);
    const editor = clientAs('editor');
    const { version } = await editor.organizations.getForEdit(LANTERNFISH.id);
    await editor.organizations.update(LANTERNFISH.id, { name: longText('Renamed network'), website: `${LONG_URL}/${RU_WORD}`, description: longText('Reading circles') }, { ifMatch: version });
    const el = narrow<Widget & { client?: unknown }>(`<ngo-revision-review lang="${lang}"></ngo-revision-review>`);
    el.client = clientAs('secretariat');
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-inbox> with long titles, reasons and filters', async () => {
    useDialogueHandlers();
    await publishedAction(longText('Reading circles in Saint-Louis'));
    await followedUpRecommendation();
    const el = narrow<Widget & { client?: unknown }>(`<ngo-inbox lang="${lang}"></ngo-inbox>`);
    el.client = dialogueClient('memberState');
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-recommendation-tracker> with a long reference, text and notes', async () => {
    useDialogueHandlers();
    await followedUpRecommendation();
    const el = narrow<Widget>(`<ngo-recommendation-tracker lang="${lang}" api-base="${WRITE_API}"></ngo-recommendation-tracker>`);
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-newsletter-signup> with a field error naming a long address', async () => {
    worker.use(...createHandlers({ baseUrl: API }));
    const el = narrow<Widget>(`<ngo-newsletter-signup lang="${lang}" api-base="${API}"></ngo-newsletter-signup>`);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!.value = LONG_HOST;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await settle(el, ['invalid', 'sent']);
    await expectReflow(el);
  });

  test('<ngo-newsletter-archive>: the list, then an open issue', async () => {
    worker.use(...createHandlers({ baseUrl: API }));
    const el = narrow<Widget & { month?: string }>(`<ngo-newsletter-archive lang="${lang}" api-base="${API}"></ngo-newsletter-archive>`);
    await settle(el, ['ready']);
    await expectReflow(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!.click();
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-consultation> with long questions and options: the form, its ranking, and live results', async () => {
    useDialogueHandlers();
    const now = Date.now();
    const options = (...keys: string[]) => keys.map((key) => ({ key, label: longText(`Option ${key}`) }));
    const created = await dialogueClient('sector').consultations.create({
      title: longText('Consultation on coastal literacy'),
      description: longText('Tell the sector what works.'),
      owner: { kind: 'sector', sector: 'ED' },
      audience: { kind: 'all-partners' },
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      questions: [
        { key: 'one', kind: 'single-choice', prompt: longText('Which comes first?'), options: options('a', 'b'), required: true },
        { key: 'many', kind: 'multiple-choice', prompt: longText('Which do you use?'), options: options('c', 'd') },
        { key: 'rank', kind: 'ranking', prompt: longText('Rank these'), options: options('e', 'f', 'g') },
        { key: 'text', kind: 'free-text', prompt: longText('Anything else?') },
      ],
    });
    await dialogueClient('editor').consultations.respond(created.id, { answers: { one: 'a', many: ['c', 'd'], rank: ['g', 'e', 'f'], text: RU_WORD } });
    const el = narrow<Widget & { client?: unknown; saveState?: string }>(`<ngo-consultation lang="${lang}" consultation-id="${created.id}" live-results></ngo-consultation>`);
    el.client = dialogueClient('sector');
    await settle(el, ['ready']);
    // Saved without the required answer: the error summary and the field's message show too.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('invalid');
    await el.updateComplete;
    await expectReflow(el);
  });

  test('<ngo-forum-themes> with long theme titles and descriptions, supported', async () => {
    useDialogueHandlers();
    const forum = 'demo-coastal-literacy-forum';
    const theme = await dialogueClient('memberState').forumThemes.propose(forum, { title: longText('Reading circles as places of dialogue'), description: longText('Why it matters') });
    await dialogueClient('editor').forumThemes.support(theme.id);
    const el = narrow<Widget & { client?: unknown }>(`<ngo-forum-themes lang="${lang}" event="${forum}"></ngo-forum-themes>`);
    el.client = dialogueClient('memberState');
    await settle(el, ['ready']);
    await expectReflow(el);
  });

  test('<ngo-meetings> with a long subject and names: a meeting awaiting the reader, its answer controls open, and the request form', async () => {
    const people = {
      editor: { id: 'reflow-editor', token: 'reflow-meet-editor', displayName: RU_WORD, roles: [{ role: 'ngo-editor' as const, organization: LANTERNFISH.id }] },
      commission: { id: 'reflow-commission', token: 'reflow-meet-commission', displayName: `${AR_WORD}${AR_WORD}`, roles: [{ role: 'member-state' as const, country: 'SN', via: 'national-commission' as const }] },
    };
    worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(people) }));
    const as = (who: keyof typeof people) => createClient({ baseUrl: WRITE_API, token: people[who].token, retries: 0 });
    const hour = (days: number, hours = 0) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000 + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
    const slots = [1, 2, 3].map((n) => ({ start: hour(30 + n), end: hour(30 + n, 2), zone: 'America/Argentina/ComodRivadavia' }));
    await as('commission').meetings.request({ as: 'national-commission', organization: LANTERNFISH.id, country: 'SN', counterpart: people.editor.id, subject: `${RU_WORD} ${FORMULA}`, language: 'ru', slots });
    const el = narrow<Widget & { client?: unknown }>(`<ngo-meetings lang="${lang}"></ngo-meetings>`);
    el.client = as('editor');
    await settle(el, ['ready']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="counter-propose"]')!.click();
    await el.updateComplete;
    await expectReflow(el);
  });
});
