import { createHandlers } from '@ngo-liaison/client/msw';
import { SAMPLE_FOCAL_POINTS } from '@ngo-liaison/core/sample-data';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoFocalPoints } from './ngo-focal-points.element.js';
import './ngo-focal-points.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function focalPoints(attributes: string): Promise<NgoFocalPoints> {
  worker.use(...createHandlers({ baseUrl: API }));
  const el = mount<NgoFocalPoints>(`<ngo-focal-points api-base="${API}" ${attributes}></ngo-focal-points>`);
  await expect.poll(() => ['ready', 'empty', 'error'].includes(el.state)).toBe(true);
  await el.updateComplete;
  return el;
}

describe('<ngo-focal-points>', () => {
  test("lists a sector's focal points: a role, labelled fictional, with a fictional mailbox", async () => {
    const el = await focalPoints('sector="ED"');
    expect(el.state).toBe('ready');
    expect(clean(shadow(el, '[part="role"]'))).toBe('NGO focal point, Education Sector');
    expect(shadowAll(el, '[part="badge"]').map(clean)).toEqual(['Fictional role (demo data)', 'Fictional contact (demo data)']);
    expect(clean(shadow(el, '[part="scope"]'))).toBe('For: Education Sector');
    const mail = shadow<HTMLAnchorElement>(el, '[part="contact"] a')!;
    expect(mail.href).toBe('mailto:ngo-focal-point-ed@liaison-demo.example.org');
    await expectNoAxeViolations(el);
  });

  test('names the field office in the reader language, right to left in Arabic', async () => {
    const el = await focalPoints('field-office="beirut" lang="ar"');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(clean(shadow(el, '[part="heading"]'))).toBe('جهات الاتصال');
    expect(clean(shadow(el, '[part="role"]'))).toBe('مسؤول الاتصال بالمجتمع المدني، مكتب اليونسكو في بيروت');
    await expect.poll(() => clean(shadow(el, '[part="scope"]'))).toBe('المسؤولية: مكتب اليونسكو في بيروت');
    await expectNoAxeViolations(el);
  });

  test('says when there is none, and shows given items without loading', async () => {
    const empty = await focalPoints('field-office="geneva" lang="es"');
    expect(empty.state).toBe('empty');
    expect(clean(shadow(empty, '[part="message"]'))).toBe('No hay ningún punto focal indicado.');
    const el = mount<NgoFocalPoints>('<ngo-focal-points lang="zh"></ngo-focal-points>');
    el.items = SAMPLE_FOCAL_POINTS.slice(0, 2);
    await el.updateComplete;
    expect(shadowAll(el, '[part="item"]')).toHaveLength(2);
    expect(clean(shadow(el, '[part="heading"]'))).toBe('联络人');
    await expectNoAxeViolations(el);
  });

  test('reports a bad sector from the server as an error with Retry', async () => {
    const el = await focalPoints('sector="XX"');
    expect(el.state).toBe('error');
    expect(shadow(el, '[part="retry"]')).not.toBeNull();
    await expectNoAxeViolations(el);
  });
});
