import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { EVENT_KINDS, EVENT_STATUSES } from './forum-event.js';
import { EVENT_VOCABULARIES } from './event-labels.js';
import { organizerName } from './organizer-name.js';
import { eventTerms, vocabularyFromTerms } from './vocabulary.js';

describe('event vocabularies', () => {
  it('name every kind, status, role, phase and output in all six languages, with no empty word', () => {
    const shape = (v: object) => JSON.stringify(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([group, words]) => [group, Object.keys(words).sort()]));
    for (const language of LANGUAGES) {
      const vocabulary = EVENT_VOCABULARIES[language];
      expect(shape(vocabulary), language).toBe(shape(EVENT_VOCABULARIES.en));
      expect(Object.keys(vocabulary.kind).sort()).toEqual([...EVENT_KINDS].sort());
      expect(Object.keys(vocabulary.status).sort()).toEqual([...EVENT_STATUSES].sort());
      for (const words of Object.values(vocabulary)) for (const word of Object.values(words as Record<string, string>)) expect(word.trim(), language).not.toBe('');
      expect(vocabulary.organizerRole['national-commission'], language).toContain('{country}');
      expect(vocabulary.organizerRole['programme-sector'], language).toContain('{sector}');
      expect(vocabulary.organizerRole['field-office'], language).toContain('{office}');
      for (const title of Object.values(vocabulary.sessionTitle)) expect(title, language).toContain('{n}');
      expect(vocabulary.session.agendaItem, language).toContain('{number}');
    }
  });

  it('flatten to UI terms and back', () => {
    const terms = eventTerms(EVENT_VOCABULARIES.fr) as unknown as Record<string, string>;
    expect(terms['eventKind.icngo']).toBe('Conférence internationale des ONG');
    expect(terms['eventText.calendarName']).toBe('Dialogue ONG-UNESCO : événements');
    expect(vocabularyFromTerms((key) => terms[key]!, EVENT_VOCABULARIES.en)).toEqual(EVENT_VOCABULARIES.fr);
  });

  it('name organisers: host NGOs by their own name, National Commissions with the country', () => {
    expect(organizerName({ role: 'national-commission', country: 'SN' }, EVENT_VOCABULARIES.fr, 'fr', () => 'Sénégal')).toBe('Commission nationale pour l’UNESCO (Sénégal)');
    expect(organizerName({ role: 'host-ngo', name: { en: 'Lantern Network', fr: 'Réseau Lanterne' } }, EVENT_VOCABULARIES.ar, 'ar')).toBe('Lantern Network');
    expect(organizerName({ role: 'secretariat' }, EVENT_VOCABULARIES.zh, 'zh')).toBe('教科文组织秘书处');
  });

  it('name programme sectors and field offices by their names, or their codes without them', () => {
    const names = { sectorName: (code: string) => (code === 'ED' ? 'Education Sector' : code), officeName: (code: string) => `UNESCO Office in ${code}` };
    expect(organizerName({ role: 'programme-sector', sector: 'ED' }, EVENT_VOCABULARIES.en, 'en', undefined, names)).toBe('Education Sector');
    expect(organizerName({ role: 'programme-sector', sector: 'SC' }, EVENT_VOCABULARIES.fr, 'fr')).toBe('SC');
    expect(organizerName({ role: 'field-office', office: 'apia' }, EVENT_VOCABULARIES.en, 'en', undefined, names)).toBe('UNESCO Office in apia');
    expect(organizerName({ role: 'field-office', office: 'apia' }, EVENT_VOCABULARIES.fr, 'fr')).toBe('Bureau de l’UNESCO (apia)');
    expect(organizerName({ role: 'civil-society-unit' }, EVENT_VOCABULARIES.en, 'en')).toBe('Unit for Civil Society Partnerships');
  });
});

describe('the English vocabulary in three parts', () => {
  it('splits into the summary words (kind, status, attendance), the session words and the detail words, which together are the whole', async () => {
    const { EN_EVENT_SUMMARY_VOCABULARY, EN_EVENT_DETAIL_VOCABULARY, EN_EVENT_SESSION_VOCABULARY, EN_EVENT_VOCABULARY } = await import('./vocabulary-en.js');
    expect(Object.keys(EN_EVENT_SUMMARY_VOCABULARY).sort()).toEqual(['attendance', 'kind', 'status']);
    expect(Object.keys(EN_EVENT_SESSION_VOCABULARY).sort()).toEqual(['session', 'sessionTitle']);
    expect({ ...EN_EVENT_SUMMARY_VOCABULARY, ...EN_EVENT_DETAIL_VOCABULARY, ...EN_EVENT_SESSION_VOCABULARY }).toEqual(EN_EVENT_VOCABULARY);
    const summary = Object.keys(eventTerms(EN_EVENT_SUMMARY_VOCABULARY));
    const detail = Object.keys(eventTerms(EN_EVENT_DETAIL_VOCABULARY));
    const session = Object.keys(eventTerms(EN_EVENT_SESSION_VOCABULARY));
    expect(summary.filter((key) => detail.includes(key) || session.includes(key))).toEqual([]);
    expect(detail.filter((key) => session.includes(key))).toEqual([]);
    expect([...summary, ...detail, ...session].sort()).toEqual(Object.keys(eventTerms(EN_EVENT_VOCABULARY)).sort());
  });
});
