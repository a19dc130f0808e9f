import type { PluralForms } from './translation.js';

/**
 * <ngo-action-submit> and <ngo-programme-feedback>: the write path's forms of part 2. An area of
 * its own (src/translations/<lang>/forms.ts), loaded only by these two elements with the editor's
 * area (whose field error messages, `fieldError.<code>`, they share).
 */
export interface FormsStrings {
  /** Heading of the error summary; `{count}` problems. */
  readonly 'forms.errorSummary': PluralForms;
  readonly 'forms.send': string;
  readonly 'forms.sending': string;
  readonly 'forms.forbidden': string;
  /** `{reason}`: what went wrong (a sentence). */
  readonly 'forms.sendFailed': string;
  readonly 'forms.choose': string;
  readonly 'forms.none': string;
  readonly 'forms.programme': string;
  readonly 'forms.country': string;
  readonly 'forms.fieldOffice': string;
  /** `{language}`: a language's name ("French"). */
  readonly 'forms.inLanguage': string;
  /** `{item}`: what the button removes ("France"). */
  readonly 'forms.remove': string;
  readonly 'forms.add': string;
  readonly 'forms.optional': string;
  readonly 'submit.label': string;
  readonly 'submit.languages': string;
  readonly 'submit.languagesHint': string;
  readonly 'submit.title': string;
  readonly 'submit.description': string;
  readonly 'submit.countries': string;
  readonly 'submit.addCountry': string;
  readonly 'submit.fieldOffices': string;
  readonly 'submit.addFieldOffice': string;
  readonly 'submit.place': string;
  readonly 'submit.start': string;
  readonly 'submit.end': string;
  readonly 'submit.endHint': string;
  readonly 'submit.outcomes': string;
  /** `{number}`: the outcome's position. */
  readonly 'submit.outcome': string;
  readonly 'submit.addOutcome': string;
  readonly 'submit.links': string;
  readonly 'submit.linksHint': string;
  readonly 'submit.sdgs': string;
  /** An NGO's action: waiting for the programme's sector. */
  readonly 'submit.pending': string;
  /** A field office's (or the Secretariat's) action: public at once. */
  readonly 'submit.published': string;
  readonly 'submit.mine': string;
  readonly 'submit.mineEmpty': string;
  /** `{date}`: when it was sent. */
  readonly 'submit.pendingSince': string;
  /** `{date}`: when it was returned; the reason follows. */
  readonly 'submit.returnedOn': string;
  readonly 'submit.noActor': string;
  readonly 'feedback.label': string;
  readonly 'feedback.subject': string;
  readonly 'feedback.text': string;
  readonly 'feedback.language': string;
  readonly 'feedback.countryHint': string;
  /** Sent: `{sector}` the sector it was addressed to. */
  readonly 'feedback.sent': string;
  readonly 'feedback.mine': string;
  readonly 'feedback.empty': string;
  readonly 'feedback.inbox': string;
  readonly 'feedback.state.sent': string;
  readonly 'feedback.state.acknowledged': string;
  readonly 'feedback.state.answered': string;
  /** `{date}`: when it was sent. */
  readonly 'feedback.sentOn': string;
  /** `{name}`: who answered; `{date}`: when. */
  readonly 'feedback.answerBy': string;
  /** `{organization}`: the NGO that sent it. */
  readonly 'feedback.from': string;
  readonly 'feedback.acknowledge': string;
  readonly 'feedback.acknowledged': string;
  readonly 'feedback.answer': string;
  readonly 'feedback.answerText': string;
  readonly 'feedback.answerLanguage': string;
  readonly 'feedback.answered': string;
  /** 409: someone of the sector answered or acknowledged it first. */
  readonly 'feedback.moved': string;
  readonly 'feedback.summary': string;
  readonly 'feedback.summaryEmpty': string;
  readonly 'feedback.total': string;
  readonly 'feedback.noCountry': string;
  readonly 'feedback.noAddressee': string;
  // <ngo-hearing-request>
  readonly 'hearing.label': string;
  readonly 'hearing.session': string;
  readonly 'hearing.agendaItem': string;
  /** `{number}` and `{title}` of an agenda item */
  readonly 'hearing.item': string;
  readonly 'hearing.statement': string;
  /** `{max}`: the most characters */
  readonly 'hearing.statementHint': string;
  /** `{count}`: characters left */
  readonly 'hearing.remaining': string;
  readonly 'hearing.language': string;
  readonly 'hearing.requested': string;
  readonly 'hearing.mine': string;
  readonly 'hearing.empty': string;
  readonly 'hearing.noSessions': string;
  readonly 'hearing.state.requested': string;
  readonly 'hearing.state.accepted': string;
  readonly 'hearing.state.declined': string;
  readonly 'hearing.state.withdrawn': string;
  /** `{start}`, `{end}`: date and time; `{zone}`: the time zone */
  readonly 'hearing.slot': string;
  /** `{reason}`: the Secretariat's text */
  readonly 'hearing.reason': string;
  readonly 'hearing.withdraw': string;
  readonly 'hearing.withdrawn': string;
  readonly 'hearing.noOrganization': string;
}
