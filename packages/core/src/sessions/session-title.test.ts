import { describe, expect, it } from 'vitest';
import { EVENT_VOCABULARIES } from '../events/event-labels.js';
import { LANGUAGES } from '../i18n/languages.js';
import { REAL_SESSIONS } from './real-sessions.js';
import { sessionTitle } from './session-title.js';
import { makeSession } from './test-sessions.js';

const real = (id: string) => REAL_SESSIONS.find((s) => s.id === id)!;

describe('sessionTitle', () => {
  it('names numbered sessions from body and number, in each language', () => {
    expect(sessionTitle(real('ex-212'), EVENT_VOCABULARIES.en, 'en').text).toBe('Executive Board, session 212');
    expect(sessionTitle(real('gc-41'), EVENT_VOCABULARIES.en, 'en').text).toBe('General Conference, session 41');
    expect(sessionTitle(real('gc-36'), EVENT_VOCABULARIES.fr, 'fr').text).toBe('Conférence générale, 36e session');
    expect(sessionTitle(real('ngp-212'), EVENT_VOCABULARIES.es, 'es').text).toBe('Comité de Asociados No Gubernamentales, 212.ª reunión del Consejo Ejecutivo');
    expect(sessionTitle(real('ex-189'), EVENT_VOCABULARIES.zh, 'zh').text).toBe('执行局第189届会议');
    expect(sessionTitle(real('ex-189'), EVENT_VOCABULARIES.ru, 'ru').text).toBe('Исполнительный совет, 189-я сессия');
    expect(sessionTitle(real('gc-38'), EVENT_VOCABULARIES.ar, 'ar').text).toBe('المؤتمر العام، الدورة 38');
    for (const language of LANGUAGES) expect(sessionTitle(real('ngp-212'), EVENT_VOCABULARIES[language], language).text, language).toContain('212');
  });

  it('uses the title of an unnumbered (fictional) session, with the language it is in', () => {
    const session = makeSession('demo-x', { title: { en: 'Board (demo)', fr: 'Conseil (démo)' } });
    expect(sessionTitle(session, EVENT_VOCABULARIES.fr, 'fr')).toEqual({ text: 'Conseil (démo)', lang: 'fr' });
    expect(sessionTitle(session, EVENT_VOCABULARIES.ar, 'ar')).toMatchObject({ text: 'Board (demo)', lang: 'en' });
  });
});
