import { createHandlers } from '@ngo-liaison/client/msw';
import { sampleEvents, sampleSessions } from '@ngo-liaison/core/sample-data';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoEventDetail } from './ngo-event-detail.element.js';
import './ngo-event-detail.js';

// The session an event is part of, the organiser roles and the participation channels, in real Chromium.
useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const NOW = new Date('2026-11-17T12:00:00Z');
const EVENTS = sampleEvents(NOW);
const SESSIONS = sampleSessions(NOW);
const event = (id: string) => EVENTS.find((e) => e.id === id)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function detail(attributes: string, setup: (el: NgoEventDetail) => void): Promise<NgoEventDetail> {
  const el = mount<NgoEventDetail>(`<ngo-event-detail ${attributes}></ngo-event-detail>`);
  setup(el);
  await el.updateComplete;
  return el;
}

describe('<ngo-event-detail>: the session an event is part of', () => {
  test('loads the session from api-base and names it with the agenda item the hearing is held on', async () => {
    const requests: string[] = [];
    worker.use(...createHandlers({ baseUrl: API, now: NOW }));
    worker.events.on('request:start', ({ request }) => {
      if (request.url.startsWith(API)) requests.push(new URL(request.url).pathname);
    });
    const el = await detail(`api-base="${API}" lang="en" time-zone="Europe/Paris"`, (d) => (d.event = event('demo-quiet-orbit-hearing')));
    await expect.poll(() => text(shadow(el, '[part="session-name"]'))).toBe('Committee on Non-Governmental Partners, next session (demo)');
    worker.events.removeAllListeners();
    expect(requests).toEqual(['/v1/sessions/demo-ngp-next']);
    expect(text(shadow(el, '[part~="session"] dt'))).toBe('Session');
    expect(text(shadow(el, '[part="session-item"]'))).toBe('Item 1 — Open skies for science (demo)');
    await expectNoAxeViolations(el);
  });

  test('names a real session from its number in the UI language, from the sessions property (no request)', async () => {
    const ngp = event('ngp-212-ex-2021');
    const names: Record<string, string> = {
      en: 'NGP Committee, Executive Board session 212',
      fr: 'Comité sur les partenaires non gouvernementaux, 212e session du Conseil exécutif',
      es: 'Comité de Asociados No Gubernamentales, 212.ª reunión del Consejo Ejecutivo',
      ar: 'لجنة الشركاء غير الحكوميين – الدورة 212 للمجلس التنفيذي',
      ru: 'Комитет по неправительственным партнерам, 212-я сессия Исполнительного совета',
      zh: '非政府伙伴委员会——执行局第212届会议',
    };
    const labels: Record<string, string> = { en: 'Session', fr: 'Session', es: 'Reunión', ar: 'الدورة', ru: 'Сессия', zh: '会议' };
    for (const [lang, name] of Object.entries(names)) {
      const el = await detail(`lang="${lang}" time-zone="UTC"`, (d) => {
        d.sessions = SESSIONS;
        d.event = ngp;
      });
      await expect.poll(() => text(shadow(el, '[part="session-name"]')), { message: lang }).toBe(name);
      expect(text(shadow(el, '[part~="session"] dt')), lang).toBe(labels[lang]);
      if (lang === 'ar') {
        expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
        await expectNoAxeViolations(el);
      }
      cleanup();
    }
  });

  test('shows the agenda item in French with the item title in the language a source gives', async () => {
    const el = await detail('lang="fr" time-zone="Europe/Paris"', (d) => {
      d.sessions = SESSIONS;
      d.event = event('demo-moonwell-storytelling-hearing');
    });
    await expect.poll(() => text(shadow(el, '[part="session-item"]'))).toBe('Point 1 — Traditions orales et sauvegarde du patrimoine vivant (démo)');
    expect(text(shadow(el, '[part="session-name"]'))).toBe('Comité sur les partenaires non gouvernementaux, session précédente (démo)');
  });

  test('without sessions or a way to load them, shows the session id; a failing API changes nothing else', async () => {
    const plain = await detail('lang="en" time-zone="UTC"', (d) => (d.event = event('gc-41-ngo-desk-2021')));
    expect(text(shadow(plain, '[part="session-name"]'))).toBe('gc-41');
    cleanup();
    worker.use(http.get(`${API}/sessions/:id`, () => HttpResponse.json({ type: 'about:blank', title: 'Oops', status: 500 }, { status: 500 })), ...createHandlers({ baseUrl: API, now: NOW }));
    const failing = await detail(`api-base="${API}" lang="en" time-zone="UTC"`, (d) => (d.event = event('gc-41-ngo-desk-2021')));
    await failing.updateComplete;
    expect(text(shadow(failing, '[part="session-name"]'))).toBe('gc-41');
    expect(text(shadow(failing, '[part="title"]'))).toContain('41');
  });
});

describe('<ngo-event-detail>: organiser roles and Member State participation', () => {
  test('names sectors, field offices, the NGP Committee, the ICNGO chair and the civil-society unit, and through whom States take part', async () => {
    const debate = {
      ...event('demo-saltmarsh-heritage-debate'),
      organizers: [
        { role: 'ngp-committee' as const },
        { role: 'icngo-chair' as const },
        { role: 'civil-society-unit' as const },
        { role: 'programme-sector' as const, sector: 'CLT' as const },
        { role: 'field-office' as const, office: 'apia' },
      ],
      participants: [
        { country: 'PT', roles: ['panel' as const], through: 'ngp-member' as const },
        { country: 'FR', roles: ['observer' as const], through: 'permanent-delegation' as const },
        { country: 'SN', roles: ['host' as const], through: 'national-commission' as const },
      ],
    };
    const en = await detail('lang="en" time-zone="UTC"', (d) => (d.event = debate));
    await expect.poll(() => text(shadow(en, '[part~="organizers"]'))).toContain('Culture Sector');
    expect(text(shadow(en, '[part~="organizers"]'))).toContain('UNESCO office (apia)');
    const organizers = text(shadow(en, '[part~="organizers"]'));
    for (const words of ['Committee on Non-Governmental Partners', 'Chair of the International Conference of NGOs', 'Unit for Civil Society Partnerships']) {
      expect(organizers).toContain(words);
    }
    const participants = text(shadow(en, '[part~="participants"]'));
    expect(participants).toContain('Portugal: Panellist — NGP Committee member');
    expect(participants).toContain('France: Observer — Permanent Delegation');
    expect(participants).toContain('Senegal: Host country — National Commission');
    await expectNoAxeViolations(en);
    cleanup();
    const zh = await detail('lang="zh" time-zone="UTC"', (d) => (d.event = debate));
    await expect.poll(() => text(shadow(zh, '[part~="participants"]'))).toContain('常驻代表团');
    expect(text(shadow(zh, '[part~="organizers"]'))).toContain('民间社会伙伴关系股');
  });
});
