import { FICTIONAL_ORGANIZATIONS, SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cardIds } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// A static JSON export edited by hand, or produced by another tool, may hold a record that
// breaks the schema. The directory shows every valid record and says which were left out,
// rather than refusing the whole file.
useMockServiceWorker();
afterEach(cleanup);

const valid = SAMPLE_ORGANIZATIONS.slice(0, 6);
const badWebsite = { ...FICTIONAL_ORGANIZATIONS[0]!, id: 'demo-bad-website', website: 'javascript:alert(1)' };
const noName = { ...FICTIONAL_ORGANIZATIONS[1]!, id: 'demo-no-name', name: undefined };
const notARecord = 42;

function serve(items: unknown[]) {
  worker.use(http.get('/data/mixed.json', () => HttpResponse.json({ items, total: items.length })));
}

/** The polite live region's text once it has been filled. */
async function announced(el: NgoDirectory): Promise<string> {
  const region = shadow(el, '[part="announcer"]')!;
  expect(region.getAttribute('role')).toBe('status');
  await expect.poll(() => region.textContent?.trim() ?? '').not.toBe('');
  return region.textContent!.trim();
}

describe('<ngo-directory src> with invalid records', () => {
  test('shows the valid records and says how many were left out, and which', async () => {
    serve([...valid.slice(0, 3), badWebsite, ...valid.slice(3), noName, notARecord]);
    const el = mount<NgoDirectory>('<ngo-directory src="/data/mixed.json"></ngo-directory>');
    await waitForState(el, 'list');
    expect(el.total).toBe(valid.length);
    expect(cardIds(el).sort()).toEqual(valid.map((o) => o.id).sort());

    const notice = shadow(el, '[part="skipped"]');
    expect(notice?.textContent?.trim()).toBe('3 records in the file were left out because they are not valid: demo-bad-website, demo-no-name, #9.');
    expect(await announced(el)).toBe(notice!.textContent!.trim());
    expect(el.skippedRecords.map((r) => r.id ?? `#${r.position}`)).toEqual(['demo-bad-website', 'demo-no-name', '#9']);
    expect(el.skippedRecords[0]!.issues.map((i) => i.path)).toEqual(['website']);
    await expectNoAxeViolations(el);
  });

  test.each([
    ['fr', 'ltr', '1 fiche du fichier a été écartée car elle n’est pas valide : demo-bad-website.'],
    ['ar', 'rtl', 'استُبعد سجل واحد من الملف لأنه غير صالح: demo-bad-website.'],
    ['es', 'ltr', '1 registro del archivo se ha omitido porque no es válido: demo-bad-website.'],
    ['ru', 'ltr', '1 запись из файла пропущена, так как она некорректна: demo-bad-website.'],
    ['zh', 'ltr', '文件中有 1 条记录无效，已略去：demo-bad-website。'],
  ])('says it in %s too, visibly and in the live region', async (lang, dir, text) => {
    serve([...valid, badWebsite]);
    const el = mount<NgoDirectory>(`<ngo-directory src="/data/mixed.json" lang="${lang}" dir="${dir}"></ngo-directory>`);
    await waitForState(el, 'list');
    expect(cardIds(el)).toHaveLength(valid.length);
    await expect.poll(() => shadow(el, '[part="skipped"]')?.textContent?.trim()).toBe(text);
    expect(await announced(el)).toBe(text);
    await expectNoAxeViolations(el);
  });

  test('a file with every record valid shows no notice', async () => {
    serve(valid);
    const el = mount<NgoDirectory>('<ngo-directory src="/data/mixed.json"></ngo-directory>');
    await waitForState(el, 'list');
    expect(shadow(el, '[part="skipped"]')).toBeNull();
    expect(el.skippedRecords).toEqual([]);
  });
});
