import { organizationsResource, type OrganizationsResource } from './resources/organizations.js';
import { referenceResource, type ReferenceResource } from './resources/reference.js';
import { eventsResource, type EventsResource } from './resources/events.js';
import { programmesResource, type ProgrammesResource } from './resources/programmes.js';
import { matchingResource, type MatchingResource } from './resources/matching.js';
import { fieldOfficesResource, type FieldOfficesResource } from './resources/field-offices.js';
import { focalPointsResource, type FocalPointsResource } from './resources/focal-points.js';
import { actionsResource, type ActionsResource } from './resources/actions.js';
import { expertsResource, type ExpertsResource } from './resources/experts.js';
import { liaisonCommitteeResource, type LiaisonCommitteeResource } from './resources/liaison-committee.js';
import { sessionsResource, sessionsWithEvents, type SessionsWithEventsResource } from './resources/sessions.js';
import { organizationWritesResource, type OrganizationWritesResource } from './resources/organization-writes.js';
import { revisionsResource, type RevisionsResource } from './resources/revisions.js';
import { auditResource, type AuditResource } from './resources/audit.js';
import { signInSessionResource, type SignInSessionResource } from './resources/sign-in-session.js';
import { tokensResource, type TokensResource } from './resources/tokens.js';
import { peopleResource, type PeopleResource } from './resources/people.js';
import { mailPreferencesResource, type MailPreferencesResource } from './resources/mail-preferences.js';
import { actionWritesResource, type ActionWritesResource } from './resources/action-writes.js';
import { actionSubmissionsResource, type ActionSubmissionsResource } from './resources/action-submissions.js';
import { inboxResource, type InboxResource } from './resources/inbox.js';
import { feedbackResource, type FeedbackResource } from './resources/feedback.js';
import { hearingsResource, type HearingsResource } from './resources/hearings.js';
import { meetingsResource, type MeetingsResource } from './resources/meetings.js';
import { forumThemesResource, type ForumThemesResource } from './resources/forum-themes.js';
import { newslettersResource, type NewslettersResource } from './resources/newsletters.js';
import { consultationsResource, type ConsultationsResource } from './resources/consultations.js';
import { recommendationsReadResource, type RecommendationsReadResource } from './resources/recommendations.js';
import { recommendationWritesResource, type RecommendationWritesResource } from './resources/recommendation-writes.js';
import type { TransportOptions } from './transport.js';
import { WriteTransport } from './write-transport.js';

export type ClientOptions = TransportOptions;

export interface LiaisonClient {
  /** Absolute URL of the API's `/v1`, ending in a slash. */
  readonly baseUrl: string;
  /** Reads (list, search, export) and writes (getForEdit, update, create, decisions, eraseContact). */
  readonly organizations: OrganizationsResource & OrganizationWritesResource;
  /** Profile changes proposed by NGO editors, and their review. */
  readonly revisions: RevisionsResource;
  /** The audit log of accepted writes (Secretariat). */
  readonly audit: AuditResource;
  /** Who is signed in; sign-in, sign-out and invitations (Liaison's cookie session). Not `sessions`: those are governing-body sessions. */
  readonly session: SignInSessionResource;
  /** The signed-in person's bearer tokens. */
  readonly tokens: TokensResource;
  /** Invitations, people and their roles (Secretariat). */
  readonly people: PeopleResource;
  /** Sectors, SDGs, countries, National Commissions. */
  readonly reference: ReferenceResource;
  readonly events: EventsResource;
  /** Programmes, and the organisations ranked for each (`matches`). */
  readonly programmes: ProgrammesResource;
  /** Matching both ways. */
  readonly matching: MatchingResource;
  readonly fieldOffices: FieldOfficesResource;
  readonly focalPoints: FocalPointsResource;
  /** On-the-ground actions within programmes, by organisations or field offices: the published ones (`list`, `get`), and `submit`. */
  readonly actions: ActionsResource & ActionWritesResource;
  /** Submitted actions and their review by the programme's sector. */
  readonly actionSubmissions: ActionSubmissionsResource;
  /** What concerns the signed-in person's sectors, offices, Member States, organisations or the Liaison Committee; read marks; public feeds. */
  readonly inbox: InboxResource;
  /** NGOs' feedback to the sectors on programmes, its acknowledgement, answer and summary. */
  readonly feedback: FeedbackResource;
  /** Collective consultations: open, answer (one response per respondent), results. */
  readonly consultations: ConsultationsResource;
  /** Recommendations of events' outputs, their proposed and confirmed addressees, and follow-up. */
  readonly recommendations: RecommendationsReadResource & RecommendationWritesResource;
  /** Each sector's designated expert NGOs, and the computed proposal beside them. */
  readonly experts: ExpertsResource;
  /** The NGO–UNESCO Liaison Committee's mandates. */
  readonly liaisonCommittee: LiaisonCommitteeResource;
  /** Governing-body sessions (General Conference, Executive Board, NGP Committee) and their events. */
  readonly sessions: SessionsWithEventsResource;
  /** NGO hearings on NGP agenda items: requested by NGOs, decided by the Secretariat, public once accepted. */
  readonly hearings: HearingsResource;
  /** What the signed-in person wants mailed: inbox notices, a digest, the language. */
  readonly mailPreferences: MailPreferencesResource;
  /** The monthly newsletter: archive, issues, double opt-in sign-up, and the Secretariat's draft and sending. */
  readonly newsletters: NewslettersResource;
  /** NGO ↔ National Commission meetings: propose, confirm or decline, public by mutual consent; the private calendar feed. */
  readonly meetings: MeetingsResource;
  /** Forum themes (proposed and supported by Member States and NGOs, chosen by the Secretariat) and Member States' phase registrations. */
  readonly forumThemes: ForumThemesResource;
}

/**
 * A typed client for the Liaison API. Responses are validated against the core schemas, and
 * write bodies before they are sent; failures are thrown as HttpError (or one of its typed
 * subclasses: UnauthorizedError, ForbiddenError, NotFoundError, ValidationError, ConflictError,
 * PreconditionRequiredError, RateLimitedError), NetworkError, TimeoutError or
 * ResponseValidationError. Credentials: `token` (a bearer token or a getter) or the cookie
 * session (`credentials`, and `session.signIn()`); the client stores neither.
 */
export function createClient(options: ClientOptions): LiaisonClient {
  const transport = new WriteTransport(options);
  const events = eventsResource(transport);
  return {
    baseUrl: transport.baseUrl,
    organizations: { ...organizationsResource(transport), ...organizationWritesResource(transport) },
    revisions: revisionsResource(transport),
    audit: auditResource(transport),
    session: signInSessionResource(transport),
    tokens: tokensResource(transport),
    people: peopleResource(transport),
    reference: referenceResource(transport),
    events,
    programmes: programmesResource(transport),
    matching: matchingResource(transport),
    fieldOffices: fieldOfficesResource(transport),
    focalPoints: focalPointsResource(transport),
    actions: { ...actionsResource(transport), ...actionWritesResource(transport) },
    actionSubmissions: actionSubmissionsResource(transport),
    inbox: inboxResource(transport),
    feedback: feedbackResource(transport),
    consultations: consultationsResource(transport),
    recommendations: { ...recommendationsReadResource(transport), ...recommendationWritesResource(transport) },
    experts: expertsResource(transport),
    liaisonCommittee: liaisonCommitteeResource(transport),
    sessions: sessionsWithEvents(sessionsResource(transport), events),
    hearings: hearingsResource(transport),
    mailPreferences: mailPreferencesResource(transport),
    newsletters: newslettersResource(transport),
    meetings: meetingsResource(transport),
    forumThemes: forumThemesResource(transport),
  };
}
