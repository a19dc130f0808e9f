import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_REFERENCE, HOSTILE_TEXT, dialogueClient, followedUpRecommendation, useDialogueHandlers } from '../../../test/dialogue-path.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker } from '../../../test/msw.js';
import { WRITE_API } from '../../../test/write-path.js';
import type { NgoRecommendationTracker } from './ngo-recommendation-tracker.element.js';
import './ngo-recommendation-tracker.js';

useMockServiceWorker();
afterEach(cleanup);

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function tracker(attributes: string, client?: NgoRecommendationTracker['client']): Promise<NgoRecommendationTracker> {
  const el = mount<NgoRecommendationTracker>(`<ngo-recommendation-tracker ${attributes}></ngo-recommendation-tracker>`);
  if (client) el.client = client;
  await expect.poll(() => el.state, { timeout: 5_000 }).toMatch(/^(ready|empty|error)$/);
  await el.updateComplete;
  return el;
}

describe('<ngo-recommendation-tracker>', () => {
  test('api-base, by Member State: the text, reference and event, and each addressee’s public timeline in order, as text', async () => {
    useDialogueHandlers();
    await followedUpRecommendation();
    const el = await tracker(`api-base="${WRITE_API}" country="SN"`);
    expect(el.state).toBe('ready');
    const [item] = shadowAll(el, '[part="recommendation"]');
    expect(clean(item!.querySelector('[part="title"]'))).toBe(HOSTILE_REFERENCE);
    expect(clean(item!.querySelector('[part="text"]'))).toContain('Give every coastal school a reading corner.');
    expect(item!.querySelector('[part="text"] bdi')!.getAttribute('lang')).toBe('en');
    expect(clean(item!.querySelector('[part="facts"]'))).toContain('icngo-2018');
    // Hostile text stays text: no element made of it, nothing ran.
    expect(item!.querySelector('script, img')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();

    const addressees = shadowAll(el, '[part="addressee"]');
    expect(addressees.map((a) => a.dataset.addressee)).toEqual(['sector:ED', 'member-state:SN']);
    await expect.poll(() => clean(addressees[1]!.querySelector('[part="addressee-name"]'))).toBe('Senegal (Member State)');
    expect(clean(addressees[0]!.querySelector('[part="no-follow-up"]'))).toBe('No public follow-up yet.');
    // The non-public "under consideration" is not in the public timeline.
    const steps = [...addressees[1]!.querySelectorAll<HTMLElement>('[part="step"]')];
    expect(steps.map((s) => s.dataset.status)).toEqual(['received', 'in-progress']);
    expect(steps.map((s) => clean(s.querySelector('[part="status"]')))).toEqual(['Received', 'In progress']);
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(clean(steps[1]!.querySelector('[part="note"]'))).toBe(`Budget voté ${HOSTILE_TEXT}`.replace(/\s+/g, ' '));
    expect(steps[1]!.querySelector('[part="note"] bdi')!.getAttribute('lang')).toBe('fr');
    expect(steps[1]!.querySelector('script, img')).toBeNull();
    expect(clean(addressees[1]!.querySelector('[part="latest"]'))).toBe('Status: In progress');
    expect(addressees[1]!.querySelector('[part="timeline"]')!.tagName).toBe('OL');
    await expect.poll(() => clean(shadow(el, '[part="count"]'))).toBe('1 recommendation');
    await expectNoAxeViolations(el);
  });

  test('filters by event and sector: another sector, or another event, shows none', async () => {
    useDialogueHandlers();
    await followedUpRecommendation();
    expect((await tracker(`api-base="${WRITE_API}" sector="ED" event="icngo-2018"`)).state).toBe('ready');
    const other = await tracker(`api-base="${WRITE_API}" sector="SC"`);
    expect(other.state).toBe('empty');
    expect(clean(shadow(other, '[part="message"]'))).toBe('No recommendation matches.');
    expect((await tracker(`api-base="${WRITE_API}" event="icngo-2012"`)).state).toBe('empty');
  });

  test('Arabic, right to left; a signed-in client given as a property names the event and shows the addressee’s own non-public follow-up', async () => {
    useDialogueHandlers();
    await followedUpRecommendation();
    const el = await tracker('lang="ar" country="SN"', dialogueClient('memberState'));
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('التوصيات ومتابعتها');
    const senegal = shadowAll(el, '[part="addressee"]')[1]!;
    expect([...senegal.querySelectorAll<HTMLElement>('[part="step"]')].map((s) => s.dataset.status)).toEqual(['received', 'under-consideration', 'in-progress']);
    await expect.poll(() => clean(senegal.querySelector('[part="addressee-name"]'))).toBe('السنغال (دولة عضو)');
    // The full client has events.get: the event's title instead of its id.
    await expect.poll(() => clean(shadow(el, '[part="facts"] dd'))).not.toBe('icngo-2018');
    await expectNoAxeViolations(el);
  });

  test('the published evaluation of the event is linked to its results (paragraph 12)', async () => {
    useDialogueHandlers();
    await followedUpRecommendation();
    const sector = dialogueClient('sector');
    const evaluation = await sector.consultations.create({
      title: { en: 'Evaluation of the ICNGO', fr: 'Évaluation de la CINGO' },
      owner: { kind: 'sector', sector: 'ED' },
      audience: { kind: 'member-states' },
      eventId: 'icngo-2018',
      questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Say' } }],
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2020-02-01T00:00:00Z',
    });
    await sector.consultations.publish(evaluation.id);
    const el = await tracker(`api-base="${WRITE_API}" lang="fr"`);
    const links = shadowAll(el, '[part="evaluation-link"]');
    expect(links.map((a) => [clean(a), a.getAttribute('href')])).toEqual([['Évaluation de la CINGO', `${WRITE_API}/consultations/${evaluation.id}/results`]]);
    expect(shadow(el, '[part="evaluation"] time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect.poll(() => clean(shadow(el, '[part="facts"]'))).toContain('Résultats de l’évaluation');
    await expectNoAxeViolations(el);
  });
});
