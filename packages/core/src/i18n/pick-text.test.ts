import { describe, expect, it } from 'vitest';
import { pickLocalized, pickText } from './pick-text.js';
import { directionOf, toLanguage } from './languages.js';

describe('pickLocalized', () => {
  const text = { en: 'Museums', fr: 'Musées', ar: 'المتاحف' };

  it('returns the requested language when present', () => {
    expect(pickLocalized(text, 'ar')).toEqual({ text: 'المتاحف', lang: 'ar' });
  });

  it('falls back to English, then French, and says which language it used', () => {
    expect(pickLocalized(text, 'zh')).toEqual({ text: 'Museums', lang: 'en' });
    expect(pickLocalized({ fr: 'Musées' }, 'ru')).toEqual({ text: 'Musées', lang: 'fr' });
  });

  it('returns undefined / empty string for missing text', () => {
    expect(pickLocalized(undefined, 'en')).toBeUndefined();
    expect(pickText({}, 'en')).toBe('');
  });
});

describe('language tags', () => {
  it('maps BCP 47 tags to the six UN languages', () => {
    expect(toLanguage('fr-CA')).toBe('fr');
    expect(toLanguage('zh-Hans-CN')).toBe('zh');
    expect(toLanguage('AR')).toBe('ar');
    expect(toLanguage('de')).toBeUndefined();
    expect(toLanguage(undefined)).toBeUndefined();
  });

  it('knows Arabic is right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });
});
