import type { Language } from '../i18n/languages.js';
import { pickLocalized, type PickedText } from '../i18n/pick-text.js';
import type { EventVocabulary } from '../events/vocabulary.js';
import type { GoverningBodySession } from './governing-body-session.js';

type Category = keyof EventVocabulary['ordinal'];

/** "212th", "212e", "212.ª": the number in the language's ordinal pattern. */
export function ordinalNumber(n: number, vocabulary: Pick<EventVocabulary, 'ordinal'>, language: Language): string {
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(language, { type: 'ordinal' }).select(n);
  } catch {
    // A runtime without the language's rules: the `other` pattern still reads correctly.
  }
  const pattern = vocabulary.ordinal[(category in vocabulary.ordinal ? category : 'other') as Category];
  return pattern.replace('{n}', String(n));
}

/**
 * A session's name in `language`: built from its body and number for numbered (real)
 * sessions ("212th session of the Executive Board"), its own title otherwise.
 */
export function sessionTitle(
  session: Pick<GoverningBodySession, 'id' | 'body' | 'number' | 'title'>,
  vocabulary: Pick<EventVocabulary, 'ordinal' | 'sessionTitle'>,
  language: Language,
): PickedText {
  if (session.number !== undefined) {
    return { text: vocabulary.sessionTitle[session.body].replace('{n}', ordinalNumber(session.number, vocabulary, language)), lang: language };
  }
  return pickLocalized(session.title, language) ?? { text: session.id, lang: language };
}
