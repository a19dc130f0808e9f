import { describe, expect, it } from 'vitest';
import { EVENT_VOCABULARIES } from '../events/event-labels.js';
import { LANGUAGES } from '../i18n/languages.js';
import { REAL_SESSIONS } from './real-sessions.js';
import { ordinalNumber, sessionTitle } from './session-title.js';
import { makeSession } from './test-sessions.js';

const real = (id: string) => REAL_SESSIONS.find((s) => s.id === id)!;

describe('sessionTitle', () => {
  it('names numbered sessions from body and number, in each language', () => {
    expect(sessionTitle(real('ex-212'), EVENT_VOCABULARIES.en, 'en').text).toBe('212th session of the Executive Board');
    expect(sessionTitle(real('gc-41'), EVENT_VOCABULARIES.en, 'en').text).toBe('41st session of the General Conference');
    expect(sessionTitle(real('gc-36'), EVENT_VOCABULARIES.fr, 'fr').text).toBe('36e session de la Conférence générale');
    expect(sessionTitle(real('ngp-212'), EVENT_VOCABULARIES.es, 'es').text).toBe('Comité de Asociados No Gubernamentales, 212.ª reunión del Consejo Ejecutivo');
    expect(sessionTitle(real('ex-189'), EVENT_VOCABULARIES.zh, 'zh').text).toBe('执行局第189届会议');
    expect(sessionTitle(real('ex-189'), EVENT_VOCABULARIES.ru, 'ru').text).toBe('189-я сессия Исполнительного совета');
    expect(sessionTitle(real('gc-38'), EVENT_VOCABULARIES.ar, 'ar').text).toBe('الدورة 38 للمؤتمر العام');
    for (const language of LANGUAGES) expect(sessionTitle(real('ngp-212'), EVENT_VOCABULARIES[language], language).text, language).toContain('212');
  });

  it('uses English ordinal suffixes and the French "1re"', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => ordinalNumber(n, EVENT_VOCABULARIES.en, 'en'))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th',
    ]);
    expect(ordinalNumber(1, EVENT_VOCABULARIES.fr, 'fr')).toBe('1re');
    expect(ordinalNumber(2, EVENT_VOCABULARIES.fr, 'fr')).toBe('2e');
  });

  it('uses the title of an unnumbered (fictional) session, with the language it is in', () => {
    const session = makeSession('demo-x', { title: { en: 'Board (demo)', fr: 'Conseil (démo)' } });
    expect(sessionTitle(session, EVENT_VOCABULARIES.fr, 'fr')).toEqual({ text: 'Conseil (démo)', lang: 'fr' });
    expect(sessionTitle(session, EVENT_VOCABULARIES.ar, 'ar')).toMatchObject({ text: 'Board (demo)', lang: 'en' });
  });
});
