import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { EVENT_KINDS, EVENT_STATUSES } from './forum-event.js';
import { EVENT_VOCABULARIES } from './event-labels.js';
import { organizerName } from './organizer-name.js';
import { eventTerms, vocabularyFromTerms } from './vocabulary.js';

describe('event vocabularies', () => {
  it('name every kind, status, role, phase and output in all six languages, with no empty word', () => {
    const shape = (v: object) => JSON.stringify(Object.entries(v).map(([group, words]) => [group, Object.keys(words).sort()]));
    for (const language of LANGUAGES) {
      const vocabulary = EVENT_VOCABULARIES[language];
      expect(shape(vocabulary), language).toBe(shape(EVENT_VOCABULARIES.en));
      expect(Object.keys(vocabulary.kind).sort()).toEqual([...EVENT_KINDS].sort());
      expect(Object.keys(vocabulary.status).sort()).toEqual([...EVENT_STATUSES].sort());
      for (const words of Object.values(vocabulary)) for (const word of Object.values(words as Record<string, string>)) expect(word.trim(), language).not.toBe('');
      expect(vocabulary.organizerRole['national-commission'], language).toContain('{country}');
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
});
