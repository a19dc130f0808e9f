import type { Language } from '../i18n/languages.js';
import { pickLocalized, type PickedText } from '../i18n/pick-text.js';
import type { EventVocabulary } from '../events/vocabulary.js';
import type { GoverningBodySession } from './governing-body-session.js';

/**
 * A session's name in `language`: built from its body and number for numbered (real)
 * sessions ("Executive Board, session 212"; "Conseil exécutif, 212e session"), its own title
 * otherwise.
 */
export function sessionTitle(
  session: Pick<GoverningBodySession, 'id' | 'body' | 'number' | 'title'>,
  vocabulary: Pick<EventVocabulary, 'sessionTitle'>,
  language: Language,
): PickedText {
  if (session.number !== undefined) return { text: vocabulary.sessionTitle[session.body].replace('{n}', String(session.number)), lang: language };
  return pickLocalized(session.title, language) ?? { text: session.id, lang: language };
}
