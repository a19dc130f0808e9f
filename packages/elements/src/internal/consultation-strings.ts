import type { PluralForms } from './translation.js';

/**
 * <ngo-consultation>: answering a collective consultation and reading its results. An area of its
 * own (src/translations/<lang>/consultation.ts), loaded only by this element with the editor's
 * area (whose field error messages, `fieldError.<code>`, its error summary shares).
 */
export interface ConsultationStrings {
  readonly 'consultation.noId': string;
  readonly 'consultation.notFound': string;
  /** `{date}`: when it opens, with the time. */
  readonly 'consultation.opensOn': string;
  /** `{date}`: when it closes, with the time. */
  readonly 'consultation.openUntil': string;
  /** `{date}`: when it closed. */
  readonly 'consultation.closed': string;
  /** The server refused a save because the consultation had closed meanwhile (409). */
  readonly 'consultation.closedWhileAnswering': string;
  readonly 'consultation.required': string;
  readonly 'consultation.chooseOne': string;
  readonly 'consultation.chooseAny': string;
  readonly 'consultation.rankHint': string;
  /** `{option}`: the option's label. */
  readonly 'consultation.moveUp': string;
  readonly 'consultation.moveDown': string;
  /** Announced after a move. `{option}`, `{position}`, `{count}`. */
  readonly 'consultation.moved': string;
  /** `{count}`: characters the answer may still take. */
  readonly 'consultation.remaining': string;
  /** Marks a text shown in another language than the page's; `{language}`: its name. */
  readonly 'consultation.inLanguage': string;
  readonly 'consultation.save': string;
  readonly 'consultation.saving': string;
  /** `{date}`: when the answers were saved. */
  readonly 'consultation.saved': string;
  /** `{date}`: when the answers shown were last saved. */
  readonly 'consultation.savedBefore': string;
  /** `{count}` problems. */
  readonly 'consultation.errorSummary': PluralForms;
  /** `{reason}`: what went wrong (a sentence). */
  readonly 'consultation.saveFailed': string;
  readonly 'consultation.forbidden': string;
  readonly 'consultation.results': string;
  readonly 'consultation.liveResults': string;
  readonly 'consultation.notPublished': string;
  /** `{count}` responses in all. */
  readonly 'consultation.responses': PluralForms;
  /** `{count}` respondents answered one question. */
  readonly 'consultation.answered': PluralForms;
  readonly 'consultation.option': string;
  readonly 'consultation.count': string;
  readonly 'consultation.share': string;
  readonly 'consultation.manyChoices': string;
  readonly 'consultation.place': string;
  readonly 'consultation.meanRank': string;
  readonly 'consultation.points': string;
  readonly 'consultation.rankingNote': string;
  readonly 'consultation.notRanked': string;
  /** `{count}` written answers to a free-text question. */
  readonly 'consultation.written': PluralForms;
}
