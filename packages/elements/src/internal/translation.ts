import type { EventDetailTerms, EventSessionTerms, EventSummaryTerms, Language } from '@ngo-liaison/core';
import type { EditorStrings } from './editor-strings.js';
import type { FormsStrings } from './forms-strings.js';
import type { InboxStrings, TrackerStrings } from './inbox-strings.js';
import type { NewsletterStrings } from './newsletter-strings.js';
import type { ConsultationStrings } from './consultation-strings.js';
import type { ForumThemesStrings } from './forum-themes-strings.js';
import type { MeetingsStrings } from './meetings-strings.js';

/**
 * Plural forms keyed by `Intl.PluralRules` categories; `other` is required because every
 * language has it. `{count}` is replaced by the number formatted for the language.
 */
export type PluralForms = { readonly [K in Intl.LDMLPluralRule]?: string } & { readonly other: string };

// The UI strings come in areas so that each element bundles only the English it shows
// (src/translations/en/<area>.ts; an element names its areas when it creates its localize
// controller). Other languages stay one module each: they load only when asked for.
// Dotted keys hold the labels of domain values (`status.associate`, `region.africa`) so
// code can build them from the value with a template literal type the compiler checks.
// `{name}` placeholders are filled by the localize controller.

/** Strings that widgets of more than one area show: loading, errors, and a few shared labels. */
export interface CommonStrings {
  readonly loading: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  readonly retry: string;
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  /** `{status}`: the HTTP status code. */
  readonly errorHttp: string;
  readonly errorData: string;
  readonly errorUnknown: string;
  readonly fictional: string;
  readonly 'facet.sdg': string;
  readonly 'region.africa': string;
  readonly 'region.arab-states': string;
  readonly 'region.asia-pacific': string;
  readonly 'region.europe-north-america': string;
  readonly 'region.latin-america-caribbean': string;
  /** `{group}`: I, II, III, IV, V(a) or V(b). */
  readonly electoralGroup: string;
  /** `{number}`: 1–17. */
  readonly sdg: string;
  /** `{number}`: 1–17; `{title}`: the goal's short title (core's SDGS), e.g. "SDG 4: Quality education". */
  readonly sdgTitle: string;
  readonly contacts: string;
  readonly 'contact.email': string;
  readonly 'contact.phone': string;
  readonly 'contact.postal': string;
  readonly fictionalContact: string;
  readonly sources: string;
  readonly source: string;
  readonly notFound: string;
}

/** <ngo-directory> (search, facets, chips, sort, export), <ngo-card>, <ngo-organization-profile>. */
export interface OrganizationStrings {
  /** Accessible name of the list of organisations. */
  readonly directoryLabel: string;
  readonly empty: string;
  readonly errorTitle: string;
  /** `{count}`: organisations shown. */
  readonly resultCount: PluralForms;
  /** `{shown}` of `{count}`: the plural follows the total. */
  readonly shownOfTotal: PluralForms;
  readonly headquarters: string;
  /** `{city}`, `{country}`: the punctuation differs between languages. */
  readonly place: string;
  readonly sectors: string;
  readonly website: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly filtersLabel: string;
  readonly 'facet.status': string;
  readonly 'facet.kind': string;
  readonly 'facet.sector': string;
  readonly 'facet.region': string;
  readonly 'facet.group': string;
  readonly 'facet.country': string;
  readonly 'facet.hq': string;
  readonly 'facet.scope': string;
  readonly 'facet.language': string;
  readonly 'facet.interest': string;
  /** `{count}`: number of values the facet has. */
  readonly showAllValues: string;
  readonly showFewerValues: string;
  readonly activeFilters: string;
  /** `{label}`: the filter value, e.g. "Culture Sector". */
  readonly removeFilter: string;
  readonly clearFilters: string;
  readonly sortLabel: string;
  readonly 'sort.relevance': string;
  readonly 'sort.name': string;
  readonly 'sort.partner-since': string;
  readonly 'sort.-partner-since': string;
  readonly exportLabel: string;
  readonly exportCsv: string;
  readonly exportJson: string;
  readonly exportFailed: string;
  /** Nothing matches the search text or filters (unlike `empty`: no data at all). */
  readonly noMatches: string;
  /** Announced to screen readers once results settle. */
  readonly foundCount: PluralForms;
  /** `{count}` records of a `src` file were invalid and left out; `{ids}`: their ids (or #position), comma-separated. */
  readonly skippedRecords: PluralForms;
  readonly 'status.consultative': string;
  readonly 'status.associate': string;
  readonly 'status.official-relations': string;
  /** An official partnership whose category no source states: neutral words, never a category. */
  readonly 'status.not-stated': string;
  readonly 'facet.standing': string;
  readonly 'standing.official': string;
  readonly 'standing.pending': string;
  readonly 'standing.former': string;
  readonly 'standing.not-attested': string;
  readonly 'kind.ngo': string;
  readonly 'kind.foundation': string;
  readonly 'scope.international': string;
  readonly 'scope.regional': string;
  readonly 'scope.national': string;
  readonly 'scope.local': string;
}

/**
 * What only <ngo-organization-profile> shows: the partnership history with its evidence, and
 * the record's facts and sources. A separate area so the directory's bundle does not carry it.
 */
export interface ProfileStrings {
  readonly partnershipHistory: string;
  /** Marks the entry of the partnership history in force. */
  readonly currentStatus: string;
  readonly 'state.pending': string;
  readonly 'state.suspended': string;
  readonly 'state.terminated': string;
  /** `{from}`, `{to}`: years. */
  readonly yearRange: string;
  readonly sinceYear: string;
  readonly untilYear: string;
  readonly undated: string;
  readonly 'decidedBy.DG': string;
  readonly 'decidedBy.EB': string;
  /** `{ref}`: the decision's reference, e.g. "221 EX/Decision 30". */
  readonly decisionRef: string;
  /** Who states a partnership fact (see core's Evidence). */
  readonly 'evidence.unesco-decision': string;
  readonly 'evidence.unesco-page': string;
  readonly 'evidence.organization': string;
  readonly 'evidence.third-party': string;
  /** Heading of the pages that show cooperation without an official partnership. */
  readonly cooperation: string;
  readonly 'status.operational': string;
  readonly 'status.formal-consultative': string;
  readonly 'status.formal-associate': string;
  readonly 'status.category-a': string;
  readonly 'status.category-b': string;
  readonly founded: string;
  readonly formerNames: string;
  readonly identifiers: string;
  /** The link to the organisation's contact card (a .vcf file from the API). */
  readonly vcard: string;
  /** `{date}`: the date the sources were read, formatted for the language. */
  readonly sourcesAsOf: string;
  readonly verified: string;
  readonly notVerified: string;
}

/**
 * <ngo-forum-calendar>, <ngo-event-card>, and what <ngo-event-detail> shares with them. EventSummaryTerms:
 * the words of core's event vocabulary an event's summary shows (`eventKind.icngo`,
 * `eventStatus.cancelled`, `attendance.online`), so the iCalendar feed and the widgets agree.
 */
export interface EventStrings extends EventSummaryTerms {
  readonly 'calendar.previous': string;
  readonly 'calendar.next': string;
  readonly 'calendar.today': string;
  /** Accessible name of the month/list switch. */
  readonly 'calendar.view': string;
  readonly 'calendar.view.month': string;
  readonly 'calendar.view.agenda': string;
  readonly 'calendar.filters': string;
  readonly 'calendar.filter.kind': string;
  readonly 'calendar.filter.sector': string;
  readonly 'calendar.filter.region': string;
  readonly 'calendar.filter.all': string;
  /** `{zone}`: the zone's long name from Intl ("India Standard Time"). */
  readonly 'calendar.timesIn': string;
  /** Announced after navigation or filtering. `{month}`: "November 2026"; `{count}`: events on screen. */
  readonly 'calendar.monthStatus': PluralForms;
  readonly 'calendar.noEvents': string;
  readonly 'calendar.noEventsDay': string;
  readonly 'calendar.errorTitle': string;
  /** `{count}`: events of a day not drawn in the grid. */
  readonly 'calendar.more': PluralForms;
  /** `{count}`: events on a day (read with the day's date). */
  readonly 'calendar.dayCount': PluralForms;
  /** `{date}`: the full date. */
  readonly 'calendar.dayHeading': string;
  readonly 'calendar.subscribe': string;
  readonly 'calendar.subscribeHint': string;
  readonly 'calendar.subscribeApp': string;
  readonly 'calendar.subscribeGoogle': string;
  readonly 'calendar.feedAddress': string;
  readonly 'event.allDay': string;
  /** `{time}`: the times where the event takes place, with the zone's name (Intl). */
  readonly 'event.localTime': string;
  readonly 'event.close': string;
  readonly 'event.fictional': string;
}

/**
 * <ngo-event-detail>: loaded with it, when the calendar opens its first event. EventDetailTerms:
 * the rest of core's event vocabulary (organiser roles, phases, outputs).
 */
export interface EventDetailStrings extends EventDetailTerms {
  readonly 'event.when': string;
  readonly 'event.where': string;
  readonly 'event.join': string;
  readonly 'event.about': string;
  /** `{theme}`: the theme (the punctuation before it differs between languages). */
  readonly 'event.theme': string;
  readonly 'event.organizers': string;
  readonly 'event.participants': string;
  readonly 'event.phases': string;
  readonly 'event.outputs': string;
  readonly 'event.languages': string;
  readonly 'event.registration': string;
  readonly 'event.register': string;
  /** `{date}`: the deadline with its time and zone. */
  readonly 'event.deadline': string;
  readonly 'event.addToCalendar': string;
  readonly 'event.downloadIcs': string;
  readonly 'event.google': string;
  readonly 'event.outlook': string;
  readonly 'event.office365': string;
  readonly 'event.notFound': string;
}

/** <ngo-match-list>, <ngo-focal-points>, <ngo-field-office>, <ngo-action-feed> (programmes and matching). */
export interface ProgrammeStrings {
  readonly 'criterion.sector': string;
  readonly 'criterion.themes': string;
  readonly 'criterion.sdgs': string;
  readonly 'criterion.geography': string;
  readonly 'criterion.languages': string;
  readonly 'criterion.partnership': string;
  readonly 'criterion.track-record': string;
  readonly 'match.label': string;
  /** `{title}`: the programme's title. */
  readonly 'match.caption': string;
  readonly 'match.weights': string;
  readonly 'match.weightsHint': string;
  /** Read out by a slider: `{value}` 0–10, `{share}` the share of the total weight ("24%"). */
  readonly 'match.weightValue': string;
  readonly 'match.reset': string;
  /** `{score}`: a percentage. */
  readonly 'match.score': string;
  /** `{fit}`, `{weight}`: percentages. */
  readonly 'match.fit': string;
  readonly 'match.notApplicable': string;
  readonly 'match.reasons': string;
  /** Read before a reason that raises the score (visually hidden). */
  readonly 'match.positive': string;
  /** Read before a reason that lowers the score (visually hidden). */
  readonly 'match.negative': string;
  /** Read before a reason that only informs (visually hidden). */
  readonly 'match.neutral': string;
  /** Announced after the weights change. `{name}`: the first organisation. */
  readonly 'match.updated': string;
  readonly 'match.empty': string;
  readonly 'match.notFound': string;
  readonly 'focal.label': string;
  readonly 'focal.empty': string;
  readonly 'focal.fictional': string;
  /** `{scope}`: a sector, a field office or a programme. */
  readonly 'focal.for': string;
  readonly 'office.type.multisectoral-regional': string;
  readonly 'office.type.regional-bureau': string;
  readonly 'office.type.cluster': string;
  readonly 'office.type.national': string;
  readonly 'office.type.liaison': string;
  readonly 'office.type.desk': string;
  readonly 'office.type.antenna': string;
  readonly 'office.host': string;
  readonly 'office.countries': string;
  readonly 'office.noCountries': string;
  readonly 'office.coverage.verified': string;
  readonly 'office.coverage.inferred': string;
  readonly 'office.coverage.unverified': string;
  readonly 'office.parent': string;
  readonly 'office.children': string;
  readonly 'office.programmes': string;
  readonly 'office.noProgrammes': string;
  readonly 'office.notFound': string;
  readonly 'actions.label': string;
  readonly 'actions.empty': string;
  readonly 'actions.by': string;
  readonly 'actions.where': string;
  readonly 'actions.when': string;
  readonly 'actions.programme': string;
  readonly 'actions.outcomes': string;
  /** `{start}`: the start date of an ongoing action. */
  readonly 'actions.since': string;
  readonly 'actions.fictional': string;
}

/**
 * The UI strings of every element in one language. A locale module exports one object of
 * this type, so a missing or misspelt key is a compile error rather than a blank label.
 */
export interface Translation extends CommonStrings, OrganizationStrings, ProfileStrings, EventStrings, EventDetailStrings, EventSessionTerms, ProgrammeStrings {
  readonly $lang: Language;
}

/** A locale's strings of the event widgets (calendar, event card, event detail): a module of their own. */
export interface EventTranslation extends EventStrings, EventDetailStrings, EventSessionTerms {}

/** A locale's other strings, with its language: what every element but the event widgets loads. */
export interface OtherAreasTranslation extends CommonStrings, OrganizationStrings, ProfileStrings, ProgrammeStrings {
  readonly $lang: Language;
}

/**
 * A locale's strings of the write path (<ngo-organization-editor>, <ngo-revision-review>) with
 * the rest but the event widgets': loaded only by those elements, so no other bundle grows.
 */
export interface EditorTranslation extends OtherAreasTranslation, EditorStrings {}

/** A locale's strings of <ngo-action-submit> and <ngo-programme-feedback>: the editor's and their own area. */
export interface FormsTranslation extends EditorTranslation, FormsStrings {}

/** A locale's strings of <ngo-recommendation-tracker>, with the rest but the event widgets'. */
export interface TrackerTranslation extends OtherAreasTranslation, TrackerStrings {}

/** A locale's strings of <ngo-inbox>: the tracker's (addressees' names) and its own. */
export interface InboxTranslation extends TrackerTranslation, InboxStrings {}

/** Every UI string: the widgets' table and the write path's. */
interface AllStrings extends Translation, EditorStrings, TrackerStrings, InboxStrings, FormsStrings, NewsletterStrings, ConsultationStrings, ForumThemesStrings, MeetingsStrings {}

/** Any UI string's key. */
export type StringKey = Exclude<keyof AllStrings, '$lang'>;
export type CommonKey = keyof CommonStrings;
export type OrganizationKey = keyof OrganizationStrings;
export type ProfileKey = keyof ProfileStrings;
export type EventKey = keyof EventStrings;
export type EventDetailKey = keyof EventDetailStrings;
export type EventSessionKey = keyof EventSessionTerms;
export type ProgrammeKey = keyof ProgrammeStrings;
export type EditorKey = keyof EditorStrings;
export type FormsKey = keyof FormsStrings;
export type TrackerKey = keyof TrackerStrings;
export type InboxKey = keyof InboxStrings;
export type ConsultationKey = keyof ConsultationStrings;
export type { EditorStrings, FormsStrings, InboxStrings, TrackerStrings };

/** Some of the UI strings (an area's English module, or several merged). */
export type StringTable<K extends StringKey = StringKey> = { readonly [P in K]?: AllStrings[P] };

type KeysOf<V> = { [K in StringKey]: AllStrings[K] extends V ? K : never }[StringKey];
export type TermKey = KeysOf<string>;
export type PluralKey = KeysOf<PluralForms>;

/** A locale's strings for the newsletter widgets: the shared areas and their own. */
export interface NewsletterTranslation extends OtherAreasTranslation, NewsletterStrings {}
export type { NewsletterStrings };

/** A locale's strings of <ngo-consultation>: the editor's (field errors) and its own. */
export interface ConsultationTranslation extends EditorTranslation, ConsultationStrings {}
export type { ConsultationStrings };
/** A locale's strings for <ngo-forum-themes>: the shared areas and its own. */
export interface ForumThemesTranslation extends OtherAreasTranslation, ForumThemesStrings {}
export type { ForumThemesStrings };

/** A locale's strings for <ngo-meetings>: the shared areas and its own. */
export interface MeetingsTranslation extends OtherAreasTranslation, MeetingsStrings {}
export type { MeetingsStrings };
