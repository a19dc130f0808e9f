import type { SubmittedAction } from '../action-writes/action-submission.js';
import type { Feedback } from '../feedback/feedback.js';
import type { Coverage } from '../programmes/field-office-coverage.js';
import type { AddresseeFollowUps, FollowUp, Recommendation, RoutingReason } from '../recommendations/recommendation.js';
import type { Action, ActionActor } from '../schemas/action.js';
import type { AnyLanguageText } from '../schemas/localized-text.js';
import type { Programme } from '../schemas/programme.js';
import type { WriteContext } from '../organization-writes/write-context.js';
import { addresseeKey, type Addressee } from './addressee.js';
import type { InboxItem, InboxItemKind } from './inbox-item.js';

/*
 * Who hears of what (paragraphs 5, 6 and 11 of the working-group paper). Each function returns
 * the inbox items a write inserts in its own transaction: one per addressee, its reasons merged.
 * Only published actions, recommendations and public follow-ups are public (they also go to the
 * Atom feeds); a pending or returned action and all feedback stay with those they concern.
 */

type Subject = InboxItem['subject'];

/** Collects items, one per addressee, merging the reasons of an addressee named twice. */
function collector(kind: InboxItemKind, subject: Subject, title: AnyLanguageText, isPublic: boolean, context: WriteContext, summary?: AnyLanguageText) {
  const items = new Map<string, InboxItem>();
  return {
    add(addressee: Addressee, ...reasons: string[]) {
      const key = addresseeKey(addressee);
      const item =
        items.get(key) ??
        items
          .set(key, { id: context.newId(), addressee, kind, subject, title, ...(summary ? { summary } : {}), at: context.now.toISOString(), public: isPublic, reasons: [] })
          .get(key)!;
      for (const reason of reasons) if (!item.reasons.includes(reason)) item.reasons.push(reason);
    },
    items: () => [...items.values()],
  };
}

const actorAddressee = (actor: ActionActor): Addressee =>
  actor.kind === 'organization' ? { kind: 'organization', organization: actor.organization } : { kind: 'field-office', fieldOffice: actor.fieldOffice };

const actorReason = (actor: ActionActor): string => (actor.kind === 'organization' ? `organization:${actor.organization}` : `field-office:${actor.fieldOffice}`);

/**
 * A published action reaches the programme's sector, the field offices listed on it and the most
 * specific office covering each of its countries, the Member State of each country, and its
 * actor (the NGO sees its action is public; a field office its own).
 */
export function deliveriesOfPublishedAction(action: Action, programme: Programme, coverage: Coverage, context: WriteContext): InboxItem[] {
  const out = collector('action.published', { type: 'action', id: action.id }, action.title, true, context);
  out.add({ kind: 'sector', sector: programme.sector }, `sector:${programme.sector}`, `programme:${programme.id}`);
  for (const fieldOffice of action.fieldOffices ?? []) out.add({ kind: 'field-office', fieldOffice }, 'field-office:listed');
  for (const country of action.countries) {
    const office = coverage.officesCovering(country)[0];
    if (office) out.add({ kind: 'field-office', fieldOffice: office.code }, `country:${country}`);
  }
  for (const country of action.countries) out.add({ kind: 'member-state', country }, `country:${country}`);
  out.add(actorAddressee(action.actor), actorReason(action.actor));
  return out.items();
}

/** The submitter's own notice that its action waits for the sector: never public. */
export function deliveriesOfSubmittedAction(submission: SubmittedAction, context: WriteContext): InboxItem[] {
  const { action } = submission;
  const out = collector('action.submitted', { type: 'action', id: action.id }, action.title, false, context);
  out.add(actorAddressee(action.actor), actorReason(action.actor));
  return out.items();
}

/**
 * The submitter's notice that its action came back, the reason as summary. The reason carries no
 * language of its own: it is tagged with the first language the action is written in, the one a
 * reviewer answering the NGO most likely used.
 */
export function deliveriesOfReturnedAction(submission: SubmittedAction, context: WriteContext): InboxItem[] {
  const { action } = submission;
  const language = (Object.keys(action.title)[0] ?? 'en') as keyof AnyLanguageText;
  const summary = submission.reason ? ({ [language]: submission.reason } as AnyLanguageText) : undefined;
  const out = collector('action.returned', { type: 'action', id: action.id }, action.title, false, context, summary);
  out.add(actorAddressee(action.actor), actorReason(action.actor));
  return out.items();
}

/** The first words of a long text, for a one-line summary. */
function firstWords(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Feedback received goes to the programme's sector (and the field office it names); its
 * acknowledgement and answer go back to the NGO. Never public.
 */
export function deliveriesOfFeedback(feedback: Feedback, kind: 'feedback.received' | 'feedback.acknowledged' | 'feedback.answered', context: WriteContext): InboxItem[] {
  const title = { [feedback.language]: feedback.subject } as AnyLanguageText;
  const summary = kind === 'feedback.answered' && feedback.answer ? ({ [feedback.answer.language]: firstWords(feedback.answer.text) } as AnyLanguageText) : undefined;
  const out = collector(kind, { type: 'feedback', id: feedback.id }, title, false, context, summary);
  if (kind === 'feedback.received') {
    const where = feedback.country ? [`country:${feedback.country}`] : [];
    out.add({ kind: 'sector', sector: feedback.sector }, `sector:${feedback.sector}`, `programme:${feedback.programme}`, ...where);
    if (feedback.fieldOffice) out.add({ kind: 'field-office', fieldOffice: feedback.fieldOffice }, `field-office:${feedback.fieldOffice}`, ...where);
  } else {
    out.add({ kind: 'organization', organization: feedback.organization }, `organization:${feedback.organization}`);
  }
  return out.items();
}

/** A routing reason as an inbox reason string: "named-sector", "theme-of-sector:literacy", "covers-country:KE"… */
export function routingReasonKey(reason: RoutingReason): string {
  switch (reason.code) {
    case 'named-sector':
      return reason.code;
    case 'theme-of-sector':
      return `${reason.code}:${reason.theme}`;
    case 'programme-theme':
      return `${reason.code}:${reason.theme}:${reason.programme}`;
    default:
      return `${reason.code}:${reason.country}`;
  }
}

/** A recommendation's title in an inbox or feed: its reference, then the first words of its text, in each of its languages. */
export function recommendationTitle(recommendation: Pick<Recommendation, 'reference' | 'text'>): AnyLanguageText {
  const title: Record<string, string> = {};
  for (const [language, text] of Object.entries(recommendation.text)) {
    if (typeof text === 'string' && text) title[language] = firstWords(recommendation.reference ? `${recommendation.reference}: ${text}` : text, 160);
  }
  return title as AnyLanguageText;
}

/** A recorded recommendation reaches each of its addressees, publicly. */
export function deliveriesOfRecommendation(recommendation: Recommendation, context: WriteContext): InboxItem[] {
  const out = collector('recommendation.addressed', { type: 'recommendation', id: recommendation.id }, recommendationTitle(recommendation), true, context, recommendation.text);
  for (const { addressee, reasons } of recommendation.addressees) out.add(addressee, ...reasons.map(routingReasonKey));
  return out.items();
}

/**
 * A follow-up reaches the Liaison Committee, which tracks every recommendation: public when the
 * addressee made the follow-up public. Summary: the status, then the note in each of its languages.
 */
export function deliveriesOfFollowUp(recommendation: Recommendation, addressee: AddresseeFollowUps['addressee'], followUp: FollowUp, context: WriteContext): InboxItem[] {
  const noted = Object.entries(followUp.note ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const summary = (noted.length ? Object.fromEntries(noted.map(([language, note]) => [language, firstWords(`${followUp.status}: ${note}`)])) : { en: followUp.status }) as AnyLanguageText;
  const out = collector('recommendation.followed-up', { type: 'recommendation', id: recommendation.id }, recommendationTitle(recommendation), followUp.public, context, summary);
  out.add({ kind: 'liaison-committee' }, addresseeKey(addressee), `status:${followUp.status}`);
  return out.items();
}
