import type { EventVocabulary } from './vocabulary.js';
import { EN_EVENT_DETAIL_VOCABULARY } from './vocabulary-en-detail.js';
import { EN_EVENT_SESSION_VOCABULARY } from './vocabulary-en-session.js';
import { EN_EVENT_SUMMARY_VOCABULARY } from './vocabulary-en-summary.js';

export { EN_EVENT_DETAIL_VOCABULARY, EN_EVENT_SESSION_VOCABULARY, EN_EVENT_SUMMARY_VOCABULARY };

/** The whole English vocabulary, UNESCO usage (servers, feeds, templates for other languages). */
export const EN_EVENT_VOCABULARY: EventVocabulary = /* @__PURE__ */ Object.assign({}, EN_EVENT_SUMMARY_VOCABULARY, EN_EVENT_DETAIL_VOCABULARY, EN_EVENT_SESSION_VOCABULARY);
