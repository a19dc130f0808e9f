import { beforeAll, describe, expect, it } from 'vitest';
import { addresseeOfKey, operations, versionFromIfMatch, type Addressee, type RoleGrant } from '@ngo-liaison/core';
import { FICTIONAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { issueTestToken, type TestToken } from './credentials.js';
import { useTestServer } from './test-server.js';
import { writeRequests } from './write-requests.js';

/*
 * The generated permission matrix: every write operation of the contract (and every signed-in
 * read of the write path) × every caller × the caller's own object and another's → exactly
 * the status the rules give. An operation added to the contract without a row here fails the
 * first test: the matrix grows with the contract.
 *
 * "Own" is organisation OWN (the ngo-editor edits it) or something of it (its pending revision,
 * the caller's own token); "another's" is organisation OTHER or something of it. Revoked and
 * expired tokens hold the Secretariat role: their 401 is the credential's, not the role's.
 */
const OWN = 'demo-lanternfish-literacy-network'; // associate in force (decided by the EB)
const OTHER = 'demo-saltmarsh-heritage-collective'; // consultative in force (decided by the DG)

const CALLERS = ['secretariat', 'liaison-committee', 'sector', 'field-office', 'ngo-editor', 'member-state', 'anonymous', 'revoked', 'expired'] as const;
type Caller = (typeof CALLERS)[number];
type Pair = readonly [own: number, another: number];

/** Operations whose callers are not told apart by role here: where each is tested instead. */
const NOT_ROLE_BASED: Record<string, string> = {
  signIn: 'public: e-mail and password (accounts tests)',
  acceptInvitation: 'public: the invitation secret (accounts tests)',
  signOut: 'ends a cookie session; a bearer token has none (accounts tests)',
  subscribeNewsletter: 'public: double opt-in, bounded per address (newsletter-api tests)',
};

//                      secretariat  liaison-c.  sector      field-off.  ngo-editor  member-st.  anonymous   revoked     expired
const MATRIX: Record<string, Pair[]> = {
  createOrganization: [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  updateOrganization: [[200, 200], [403, 403], [403, 403], [403, 403], [202, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  listRevisions:      [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  getRevision:        [[200, 200], [404, 404], [404, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  publishRevision:    [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  returnRevision:     [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  recordDecision:     [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  eraseContact:       [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  listAudit:          [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  createInvitation:   [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  createToken:        [[201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [401, 401], [401, 401], [401, 401]],
  revokeToken:        [[204, 204], [204, 404], [204, 404], [204, 404], [204, 404], [204, 404], [401, 401], [401, 401], [401, 401]],
  setPersonRoles:     [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  // Issue 14. Actions: own = OWN's (a field office: its own, in a country it covers), another's = OTHER's
  // (a field office: its own, in another office's country); submissions: own = OWN's in an ED programme, another's = OTHER's in a CLT one.
  submitAction:          [[201, 201], [403, 403], [403, 403], [201, 403], [202, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  listActionSubmissions: [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  getActionSubmission:   [[200, 200], [404, 404], [200, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  publishAction:         [[200, 200], [404, 404], [200, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  returnAction:          [[200, 200], [404, 404], [200, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  // Inboxes: own = the caller's own inbox (the Secretariat names OWN's), another's = OTHER's.
  getInbox:              [[200, 200], [200, 403], [200, 403], [200, 403], [200, 403], [200, 403], [401, 401], [401, 401], [401, 401]],
  markInbox:             [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  // Feedback: own = OWN's on an ED programme naming the Abuja office, another's = OTHER's on a CLT programme.
  sendFeedback:          [[403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  getFeedback:           [[200, 200], [404, 404], [200, 404], [200, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  acknowledgeFeedback:   [[200, 200], [404, 404], [200, 404], [403, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  answerFeedback:        [[200, 200], [404, 404], [200, 404], [403, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  // Recommendations: follow-ups, own = one addressed to the caller's own addressee (the Secretariat holds none),
  // another's = one addressed to Kenya's Member State alone.
  proposeAddressees:     [[200, 200], [200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  recordRecommendation:  [[201, 201], [201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  recordFollowUp:        [[403, 403], [201, 403], [201, 403], [201, 403], [201, 403], [201, 403], [401, 401], [401, 401], [401, 401]],
  // Issue 15, mail preferences: each person's own (the path names nobody else), so own and another's are the same request.
  getMailPreferences:    [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  setMailPreferences:    [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  // Issue 15, hearings: own = a request of OWN's, another's = OTHER's, both on the fictional next NGP session.
  requestHearing:        [[403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  getHearing:            [[200, 200], [404, 404], [404, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  acceptHearing:         [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  declineHearing:        [[200, 200], [404, 404], [404, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  withdrawHearing:       [[403, 403], [404, 404], [404, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  // Issue 15, newsletter: own = a month, another's = the next one; the Secretariat alone prepares and sends.
  putNewsletterDraft:    [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  sendNewsletter:        [[200, 200], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  // Issue 15. Consultations: own = owned by sector ED (or the Secretariat) with OWN in its listed audience, another's = owned by CLT with OTHER.
  createConsultation:         [[201, 201], [403, 403], [201, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  respondToConsultation:      [[403, 403], [404, 404], [404, 404], [404, 404], [200, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  publishConsultationResults: [[200, 200], [404, 404], [200, 404], [404, 404], [403, 404], [404, 404], [401, 401], [401, 401], [401, 401]],
  // Issue 15, meetings: own = one the caller is asked to (an OWN editor ↔ the National Commission of FR; callers who act for
  // neither side are strangers to it), another's = OTHER's editor ↔ Kenya's National Commission. Requests: own = the caller's
  // side with OWN and FR, another's = OTHER and KE. Calendar feeds: each person's own (the path names nobody else).
  requestMeeting:     [[403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [201, 403], [401, 401], [401, 401], [401, 401]],
  listMeetings:       [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  getMeeting:         [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  confirmMeeting:     [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  declineMeeting:     [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  setMeetingPublic:   [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  getCalendarFeed:    [[200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  createCalendarFeed: [[201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [201, 201], [401, 401], [401, 401], [401, 401]],
  revokeCalendarFeed: [[204, 204], [204, 204], [204, 204], [204, 204], [204, 204], [204, 204], [401, 401], [401, 401], [401, 401]],
  // Calling off: own = a confirmed meeting the caller was asked to (or, for callers of neither side, one between others).
  callOffMeeting:     [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  // Counter-proposing: as confirming. Counterparts: own = unfiltered, another's = filtered on OTHER's editors or Kenya's Commission.
  counterProposeMeeting:   [[404, 404], [404, 404], [404, 404], [404, 404], [200, 404], [200, 404], [401, 401], [401, 401], [401, 401]],
  listMeetingCounterparts: [[403, 403], [403, 403], [403, 403], [403, 403], [200, 200], [200, 200], [401, 401], [401, 401], [401, 401]],
  // Issue 15, forum themes: own = acting for the caller's own party (its only NGO or Member State), another's = naming OTHER
  // (or Kenya, for phase registrations); themes for the fictional Baobab forum, choices on the Cedar (own) and Coastal (another's) forums.
  proposeForumTheme:          [[403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [201, 403], [401, 401], [401, 401], [401, 401]],
  supportForumTheme:          [[403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [201, 403], [401, 401], [401, 401], [401, 401]],
  withdrawForumThemeSupport:  [[403, 403], [403, 403], [403, 403], [403, 403], [200, 403], [200, 403], [401, 401], [401, 401], [401, 401]],
  chooseForumTheme:           [[201, 201], [403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [401, 401], [401, 401], [401, 401]],
  registerPhase:              [[403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [201, 403], [401, 401], [401, 401], [401, 401]],
  withdrawPhaseRegistration:  [[403, 403], [403, 403], [403, 403], [403, 403], [403, 403], [204, 403], [401, 401], [401, 401], [401, 401]],
};

/** Every write operation, and every signed-in read of the write path. */
const COVERED = Object.entries(operations)
  .filter(([, op]) => op.method !== 'get' || (op.tags as readonly string[]).includes('writes'))
  .map(([id]) => id);

const server = useTestServer();
const { send } = writeRequests(server);
const tokens = {} as Record<Caller, TestToken | undefined>;
/** Editors that propose the revisions the review operations act on. */
const proposers = {} as Record<'own' | 'another', string>;

const GRANTS: Partial<Record<Caller, RoleGrant[]>> = {
  secretariat: [{ role: 'secretariat' }],
  'liaison-committee': [{ role: 'liaison-committee' }],
  sector: [{ role: 'sector', sector: 'ED' }],
  'field-office': [{ role: 'field-office', fieldOffice: 'abuja' }],
  'ngo-editor': [{ role: 'ngo-editor', organization: OWN }],
  'member-state': [{ role: 'member-state', country: 'FR', via: 'national-commission' }],
};

beforeAll(async () => {
  const storage = server.running.storage;
  for (const [caller, roles] of Object.entries(GRANTS)) tokens[caller as Caller] = await issueTestToken(storage, roles);
  tokens.revoked = await issueTestToken(storage, [{ role: 'secretariat' }], { revoked: true });
  tokens.expired = await issueTestToken(storage, [{ role: 'secretariat' }], { expiresAt: new Date(Date.now() - 60_000) });
  proposers.own = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }])).token;
  proposers.another = (await issueTestToken(storage, [{ role: 'ngo-editor', organization: OTHER }])).token;
});

let serial = 0;
const orgOf = (target: 'own' | 'another') => (target === 'own' ? OWN : OTHER);

/** A pending revision of the target organisation, proposed by its own editor. */
async function pendingRevision(target: 'own' | 'another'): Promise<string> {
  const id = orgOf(target);
  const etag = (await send('GET', `/v1/organizations/${id}`)).headers.get('etag')!;
  const answer = await send('PATCH', `/v1/organizations/${id}`, { token: proposers[target], body: { founded: 1900 + (++serial % 100) }, headers: { 'if-match': etag } });
  if (answer.status !== 202) throw new Error(`proposing a revision: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.revision.id as string;
}

/** A fresh, valid request for `operation` on the target, as `caller` would send it. */
async function requestFor(operation: string, target: 'own' | 'another', caller: Caller): Promise<[string, string, { body?: unknown; headers?: Record<string, string> }]> {
  const id = orgOf(target);
  switch (operation) {
    case 'createOrganization': {
      const { partnership: _none, ...org } = { ...FICTIONAL_ORGANIZATIONS[0]!, id: `demo-admitted-${++serial}` };
      return ['POST', '/v1/organizations', { body: org }];
    }
    case 'updateOrganization': {
      const etag = (await send('GET', `/v1/organizations/${id}`)).headers.get('etag')!;
      return ['PATCH', `/v1/organizations/${id}`, { body: { founded: 1950 + (++serial % 50) }, headers: { 'if-match': `"${versionFromIfMatch(etag)}"` } }];
    }
    case 'listRevisions':
      return ['GET', `/v1/revisions?organization=${id}`, {}];
    case 'getRevision':
      return ['GET', `/v1/revisions/${await pendingRevision(target)}`, {}];
    case 'publishRevision':
      return ['POST', `/v1/revisions/${await pendingRevision(target)}/publish`, {}];
    case 'returnRevision':
      return ['POST', `/v1/revisions/${await pendingRevision(target)}/return`, { body: { reason: 'Cite the page that states it' } }];
    case 'recordDecision':
      // The Secretariat records one decision per organisation: a suspension by the body of the category in force.
      return ['POST', `/v1/organizations/${id}/decisions`, {
        body: { kind: 'suspension', decidedBy: target === 'own' ? 'EB' : 'DG', decisionRef: `REF/${++serial}`, date: '2026-11-30', evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/x', asOf: '2026-12-01' }] },
      }];
    case 'eraseContact':
      return ['POST', `/v1/organizations/${id}/contact-erasures`, { body: { value: `nobody-${++serial}@x.example.org` } }];
    case 'listAudit':
      return ['GET', `/v1/audit?entityId=${id}`, {}];
    case 'createInvitation':
      return ['POST', '/v1/invitations', { body: { roles: [{ role: 'ngo-editor', organization: id }] } }];
    case 'createToken':
      return ['POST', '/v1/tokens', { body: { label: `matrix ${++serial}` } }];
    case 'revokeToken': {
      const storage = server.running.storage;
      const holder = target === 'own' && tokens[caller] ? tokens[caller].personId : (await issueTestToken(storage, [])).personId;
      const { id: tokenId } = await storage.accounts.issueToken(holder, { label: 'to revoke', expiresAt: new Date(Date.now() + 86_400_000) });
      return ['DELETE', `/v1/tokens/${tokenId}`, {}];
    }
    case 'submitAction':
      return ['POST', '/v1/actions', { body: actionSubmission(target, caller) }];
    case 'listActionSubmissions':
      return ['GET', `/v1/action-submissions?organization=${id}`, {}];
    case 'getActionSubmission':
      return ['GET', `/v1/action-submissions/${await pendingAction(target)}`, {}];
    case 'publishAction':
      return ['POST', `/v1/action-submissions/${await pendingAction(target)}/publish`, {}];
    case 'returnAction':
      return ['POST', `/v1/action-submissions/${await pendingAction(target)}/return`, { body: { reason: 'Add the dates' } }];
    case 'getInbox':
      return ['GET', `/v1/inbox?addressee=${target === 'own' ? OWN_INBOX[caller] : `organization:${OTHER}`}`, {}];
    case 'markInbox':
      return ['POST', '/v1/inbox/read', { body: { items: [await sentFeedback(target)], read: true } }];
    case 'sendFeedback':
      return ['POST', '/v1/feedback', { body: feedbackOf(target) }];
    case 'getFeedback':
      return ['GET', `/v1/feedback/${await sentFeedback(target)}`, {}];
    case 'acknowledgeFeedback':
      return ['POST', `/v1/feedback/${await sentFeedback(target)}/acknowledge`, {}];
    case 'answerFeedback':
      return ['POST', `/v1/feedback/${await sentFeedback(target)}/answer`, { body: { text: 'Thank you; we will visit in March.', language: 'en' } }];
    case 'proposeAddressees':
      return ['POST', '/v1/recommendation-proposals', { body: RECOMMENDATION_SUBJECT }];
    case 'recordRecommendation':
      return ['POST', '/v1/recommendations', { body: { ...RECOMMENDATION_SUBJECT, reference: `Recommendation ${++serial}`, addressees: [{ kind: 'member-state', country: 'FR' }] } }];
    case 'recordFollowUp': {
      const addressee = target === 'own' ? addresseeOfKey(OWN_INBOX[caller] ?? 'member-state:FR')! : ({ kind: 'member-state', country: 'KE' } as const);
      return ['POST', `/v1/recommendations/${await recordedRecommendation(addressee)}/follow-ups`, { body: { addressee, status: 'received', public: true } }];
    }
    case 'putNewsletterDraft':
      return ['PUT', `/v1/newsletters/${target === 'own' ? '2031-01' : '2031-02'}/draft`, { body: { items: [], introduction: { en: 'Hello.' } } }];
    case 'sendNewsletter':
      return ['POST', `/v1/newsletters/${target === 'own' ? '2032-01' : '2032-02'}/send`, {}];
    case 'setPersonRoles': {
      // An editor of the organisation (own: OWN's, another's: OTHER's), given the same role again.
      const roles = [{ role: 'ngo-editor', organization: id }] satisfies RoleGrant[];
      const { personId } = await issueTestToken(server.running.storage, roles);
      return ['PUT', `/v1/people/${personId}/roles`, { body: { roles } }];
    }
    case 'getMailPreferences':
      return ['GET', '/v1/me/mail-preferences', {}];
    case 'setMailPreferences':
      return ['PUT', '/v1/me/mail-preferences', { body: { notices: serial++ % 2 === 0, digest: 'weekly', language: 'fr' } }];
    case 'requestHearing':
      return ['POST', '/v1/hearings', { body: hearingOf(target) }];
    case 'getHearing':
      return ['GET', `/v1/hearings/${await requestedHearing(target)}`, {}];
    case 'acceptHearing':
      return ['POST', `/v1/hearings/${await requestedHearing(target)}/accept`, { body: { slot: await hearingSlot() } }];
    case 'declineHearing':
      return ['POST', `/v1/hearings/${await requestedHearing(target)}/decline`, { body: { reason: 'The item is taken as a whole.' } }];
    case 'withdrawHearing':
      return ['POST', `/v1/hearings/${await requestedHearing(target)}/withdraw`, {}];
    case 'createConsultation':
      return ['POST', '/v1/consultations', { body: consultationOf(target, 24) }];
    case 'respondToConsultation':
      return ['PUT', `/v1/consultations/${await createdConsultation({ ...consultationOf(target, 24), owner: { kind: 'secretariat' } })}/responses/mine`, { body: { answers: { pick: 'a' } } }];
    case 'publishConsultationResults':
      return ['POST', `/v1/consultations/${await createdConsultation(consultationOf(target, -1))}/results/publish`, {}];
    case 'requestMeeting':
      return ['POST', '/v1/meetings', { body: meetingRequestOf(target, caller) }];
    case 'listMeetings':
      return ['GET', '/v1/meetings', {}];
    case 'getMeeting':
      return ['GET', `/v1/meetings/${await askedMeeting(target, caller)}`, {}];
    case 'confirmMeeting':
      return ['POST', `/v1/meetings/${await askedMeeting(target, caller)}/confirm`, { body: { start: meetingSlots()[0]!.start } }];
    case 'declineMeeting':
      return ['POST', `/v1/meetings/${await askedMeeting(target, caller)}/decline`, { body: { reason: 'Not this month' } }];
    case 'setMeetingPublic':
      return ['POST', `/v1/meetings/${await askedMeeting(target, caller)}/public`, { body: { public: true } }];
    case 'callOffMeeting':
      return ['POST', `/v1/meetings/${await confirmedMeeting(target, caller)}/call-off`, { body: { reason: 'Travel cancelled' } }];
    case 'counterProposeMeeting':
      return ['POST', `/v1/meetings/${await askedMeeting(target, caller)}/counter-propose`, { body: { slots: meetingSlots() } }];
    case 'listMeetingCounterparts':
      return ['GET', target === 'own' ? '/v1/meeting-counterparts' : caller === 'member-state' ? `/v1/meeting-counterparts?organization=${OTHER}` : '/v1/meeting-counterparts?country=KE', {}];
    case 'getCalendarFeed':
      return ['GET', '/v1/me/calendar-feed', {}];
    case 'createCalendarFeed':
      return ['POST', '/v1/me/calendar-feed', {}];
    case 'revokeCalendarFeed':
      return ['DELETE', '/v1/me/calendar-feed', {}];
    case 'proposeForumTheme':
      return ['POST', `/v1/events/${THEMED_FORUM}/forum-themes`, { body: { ...themeProposal(), ...(target === 'own' ? {} : { organization: OTHER }) } }];
    case 'supportForumTheme':
      return ['POST', `/v1/forum-themes/${await proposedTheme()}/support`, { body: target === 'own' ? {} : { organization: OTHER } }];
    case 'withdrawForumThemeSupport': {
      const theme = await proposedTheme();
      // The caller's own party supports it first, where it may.
      if (target === 'own' && (caller === 'ngo-editor' || caller === 'member-state')) await send('POST', `/v1/forum-themes/${theme}/support`, { token: tokens[caller]!.token, body: {} });
      return ['POST', `/v1/forum-themes/${theme}/support/withdraw`, { body: target === 'own' ? {} : { organization: OTHER } }];
    }
    case 'chooseForumTheme': {
      const event = target === 'own' ? 'demo-cedar-lantern-forum' : 'demo-coastal-literacy-forum';
      return ['POST', `/v1/events/${event}/forum-theme-choice`, { body: { theme: await themeToChoose(event), reasons: { en: 'Most supported.' } } }];
    }
    case 'registerPhase':
      return ['POST', `/v1/events/${THEMED_FORUM}/phase-registrations`, { body: { phase: 'preparation', role: 'participant', ...(target === 'own' ? {} : { country: 'KE' }) } }];
    case 'withdrawPhaseRegistration': {
      const country = target === 'own' ? 'FR' : 'KE';
      await send('POST', `/v1/events/${THEMED_FORUM}/phase-registrations`, { token: await memberStateToken(country), body: { phase: 'financing', role: 'funder' } });
      return ['DELETE', `/v1/events/${THEMED_FORUM}/phase-registrations/${country}/financing`, {}];
    }
    default:
      throw new Error(`no request for ${operation}`);
  }
}

/** The caller's own inbox (the Secretariat, which has none, names OWN's). */
const OWN_INBOX: Partial<Record<Caller, string>> = {
  secretariat: `organization:${OWN}`,
  'liaison-committee': 'liaison-committee',
  sector: 'sector:ED',
  'field-office': 'field-office:abuja',
  'ngo-editor': `organization:${OWN}`,
  'member-state': 'member-state:FR',
};

/** OWN's action in an ED programme, OTHER's in a CLT one; a field office reports its own, in NG (Abuja's) or KE (Nairobi's). */
function actionSubmission(target: 'own' | 'another', caller: Caller) {
  const common = { title: { en: `Action ${++serial}` }, period: { start: '2026-10-01' }, outcomes: [] };
  if (caller === 'field-office') return { ...common, actor: { kind: 'field-office', fieldOffice: 'abuja' }, programme: 'demo-coastal-literacy-initiative', countries: [target === 'own' ? 'NG' : 'KE'] };
  return target === 'own'
    ? { ...common, actor: { kind: 'organization', organization: OWN }, programme: 'demo-coastal-literacy-initiative', countries: ['NG'] }
    : { ...common, actor: { kind: 'organization', organization: OTHER }, programme: 'demo-living-heritage-communities', countries: ['PT'] };
}

/** A pending action of the target organisation, submitted by its own editor. */
async function pendingAction(target: 'own' | 'another'): Promise<string> {
  const answer = await send('POST', '/v1/actions', { token: proposers[target], body: actionSubmission(target, 'ngo-editor') });
  if (answer.status !== 202) throw new Error(`submitting an action: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.action.id as string;
}

const feedbackOf = (target: 'own' | 'another') =>
  target === 'own'
    ? { organization: OWN, programme: 'demo-coastal-literacy-initiative', country: 'NG', fieldOffice: 'abuja', subject: `Feedback ${++serial}`, text: 'Schools need books in Hausa.', language: 'en' }
    : { organization: OTHER, programme: 'demo-living-heritage-communities', country: 'PT', subject: `Feedback ${++serial}`, text: 'Salt pans need a survey.', language: 'en' };

/** Feedback sent by the target organisation's editor (own: to ED, naming Abuja; another's: to CLT). */
async function sentFeedback(target: 'own' | 'another'): Promise<string> {
  const answer = await send('POST', '/v1/feedback', { token: proposers[target], body: feedbackOf(target) });
  if (answer.status !== 201) throw new Error(`sending feedback: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

const hearingOf = (target: 'own' | 'another') => ({ session: 'demo-ngp-next', agendaItem: '1', organization: orgOf(target), statement: `Statement ${++serial}`, language: 'en' });

/** A hearing request of the target organisation, by its own editor. */
async function requestedHearing(target: 'own' | 'another'): Promise<string> {
  const answer = await send('POST', '/v1/hearings', { token: proposers[target], body: hearingOf(target) });
  if (answer.status !== 201) throw new Error(`requesting a hearing: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** Twenty minutes on the first day of the fictional next NGP session. */
async function hearingSlot() {
  const { dates } = (await send('GET', '/v1/sessions/demo-ngp-next')).body as { dates: { start: string } };
  return { start: `${dates.start}T08:00:00Z`, end: `${dates.start}T08:20:00Z`, timeZone: 'Europe/Paris' };
}

const RECOMMENDATION_SUBJECT = { event: 'icngo-2018', text: { en: 'Involve NGOs in literacy programmes.' }, themes: [], sectors: ['ED'], countries: ['NG'] };

/** A recommendation recorded by the Liaison Committee, addressed to `addressee` alone. */
async function recordedRecommendation(addressee: Addressee): Promise<string> {
  const answer = await send('POST', '/v1/recommendations', { token: tokens['liaison-committee']!.token, body: { ...RECOMMENDATION_SUBJECT, addressees: [addressee] } });
  if (answer.status !== 201) throw new Error(`recording a recommendation: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

describe('the permission matrix', () => {
  it('has a row for every write operation of the contract (add one with the operation)', () => {
    const missing = COVERED.filter((id) => !(id in MATRIX) && !(id in NOT_ROLE_BASED));
    expect(missing, 'operations without a row in MATRIX').toEqual([]);
    for (const id of Object.keys(NOT_ROLE_BASED)) expect(Object.keys(operations), id).toContain(id);
  });

  for (const operation of Object.keys(MATRIX)) {
    it(`${operation}: ${CALLERS.map((caller, i) => `${caller} ${MATRIX[operation]![i]!.join('/')}`).join(', ')}`, async () => {
      const seen: string[] = [];
      const expected: string[] = [];
      for (const [i, caller] of CALLERS.entries()) {
        for (const [j, target] of (['own', 'another'] as const).entries()) {
          const [method, path, init] = await requestFor(operation, target, caller);
          const answer = await send(method, path, { ...init, token: tokens[caller]?.token });
          seen.push(`${caller} ${target}: ${answer.status}`);
          expected.push(`${caller} ${target}: ${MATRIX[operation]![i]![j]}`);
        }
      }
      expect(seen).toEqual(expected);
    });
  }
});

/** A consultation owned by ED for OWN (own) or by CLT for OTHER (another's), closing `closesIn` hours from now. */
const consultationOf = (target: 'own' | 'another', closesIn: number) => ({
  title: { en: `Consultation ${++serial}` },
  owner: { kind: 'sector', sector: target === 'own' ? 'ED' : 'CLT' },
  audience: { kind: 'organizations', organizations: [orgOf(target)] },
  questions: [{ key: 'pick', kind: 'single-choice', prompt: { en: 'Pick' }, options: [{ key: 'a', label: { en: 'A' } }, { key: 'b', label: { en: 'B' } }] }],
  opensAt: new Date(Date.now() - 48 * 3_600_000).toISOString(),
  closesAt: new Date(Date.now() + closesIn * 3_600_000).toISOString(),
});

/** A consultation created by the Secretariat. */
async function createdConsultation(body: object): Promise<string> {
  const answer = await send('POST', '/v1/consultations', { token: tokens.secretariat!.token, body });
  if (answer.status !== 201) throw new Error(`creating a consultation: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** The meeting fixtures: an OWN editor, OTHER's editor, and National Commission members of France and Kenya. */
const meetingFolk = {} as Record<'ownEditor' | 'otherEditor' | 'commissionFR' | 'commissionKE', TestToken>;
beforeAll(async () => {
  const storage = server.running.storage;
  meetingFolk.ownEditor = await issueTestToken(storage, [{ role: 'ngo-editor', organization: OWN }]);
  meetingFolk.otherEditor = await issueTestToken(storage, [{ role: 'ngo-editor', organization: OTHER }]);
  meetingFolk.commissionFR = await issueTestToken(storage, [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  meetingFolk.commissionKE = await issueTestToken(storage, [{ role: 'member-state', country: 'KE', via: 'national-commission' }]);
});

/** One proposed slot, a month from the start of the run (fixed: a confirmation names the same start). */
const MEETING_SLOT_START = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000;
const meetingSlots = () => [
  { start: new Date(MEETING_SLOT_START).toISOString().replace('.000Z', 'Z'), end: new Date(MEETING_SLOT_START + 3_600_000).toISOString().replace('.000Z', 'Z'), zone: 'Europe/Paris' },
];

/** A request from the caller's side: a National Commission member asks for its country, anyone else as an NGO. */
function meetingRequestOf(target: 'own' | 'another', caller: Caller) {
  const [organization, country] = target === 'own' ? [OWN, 'FR'] : [OTHER, 'KE'];
  const asCommission = caller === 'member-state';
  const counterpart = asCommission ? (target === 'own' ? meetingFolk.ownEditor : meetingFolk.otherEditor) : target === 'own' ? meetingFolk.commissionFR : meetingFolk.commissionKE;
  return { as: asCommission ? 'national-commission' : 'ngo', organization, country, counterpart: counterpart.personId, subject: `Meeting ${++serial}`, language: 'en', slots: meetingSlots() };
}

/**
 * A proposed meeting awaiting the caller's answer when the caller can be a party to it (own: the
 * ngo-editor asked by France's Commission, the member-state asked by an OWN editor); else one
 * between others (own: an OWN editor ↔ France's Commission; another's: OTHER's editor ↔ Kenya's).
 */
async function askedMeeting(target: 'own' | 'another', caller: Caller): Promise<string> {
  const body = (asker: TestToken, as: string, organization: string, country: string, counterpart: string) =>
    [asker.token, { as, organization, country, counterpart, subject: `Meeting ${++serial}`, language: 'en', slots: meetingSlots() }] as const;
  const [token, request] =
    target === 'another'
      ? body(meetingFolk.otherEditor, 'ngo', OTHER, 'KE', meetingFolk.commissionKE.personId)
      : caller === 'ngo-editor'
        ? body(meetingFolk.commissionFR, 'national-commission', OWN, 'FR', tokens['ngo-editor']!.personId)
        : caller === 'member-state'
          ? body(meetingFolk.ownEditor, 'ngo', OWN, 'FR', tokens['member-state']!.personId)
          : body(meetingFolk.ownEditor, 'ngo', OWN, 'FR', meetingFolk.commissionFR.personId);
  const answer = await send('POST', '/v1/meetings', { token, body: request });
  if (answer.status !== 201) throw new Error(`asking to meet: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** A meeting asked of the caller (or between others) and confirmed by the party asked. */
async function confirmedMeeting(target: 'own' | 'another', caller: Caller): Promise<string> {
  const id = await askedMeeting(target, caller);
  const answerer = target === 'another' ? meetingFolk.commissionKE.token : caller === 'ngo-editor' || caller === 'member-state' ? tokens[caller]!.token : meetingFolk.commissionFR.token;
  const answer = await send('POST', `/v1/meetings/${id}/confirm`, { token: answerer, body: { start: meetingSlots()[0]!.start } });
  if (answer.status !== 200) throw new Error(`confirming a meeting: ${answer.status} ${JSON.stringify(answer.body)}`);
  return id;
}

/** The fictional forum themes are proposed for in the matrix (months ahead of any clock: proposals stay open). */
const THEMED_FORUM = 'demo-baobab-youth-forum';
const themeProposal = () => ({ title: { en: `Theme ${++serial}` }, description: { en: 'Why.' } });

/** A fresh theme for THEMED_FORUM, proposed by OWN's editor (so nobody supports it yet). */
async function proposedTheme(): Promise<string> {
  const answer = await send('POST', `/v1/events/${THEMED_FORUM}/forum-themes`, { token: proposers.own, body: themeProposal() });
  if (answer.status !== 201) throw new Error(`proposing a theme: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** One theme per event to choose, proposed once (a choice closes proposals). */
const themesToChoose = new Map<string, Promise<string>>();
function themeToChoose(event: string): Promise<string> {
  if (!themesToChoose.has(event)) {
    themesToChoose.set(
      event,
      send('POST', `/v1/events/${event}/forum-themes`, { token: proposers.own, body: themeProposal() }).then((answer) => {
        if (answer.status !== 201) throw new Error(`proposing a theme: ${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.body.id as string;
      }),
    );
  }
  return themesToChoose.get(event)!;
}

/** A Member State's own token (through its delegation), to set registrations up. */
const memberStateTokens = new Map<string, Promise<string>>();
function memberStateToken(country: string): Promise<string> {
  if (!memberStateTokens.has(country)) memberStateTokens.set(country, issueTestToken(server.running.storage, [{ role: 'member-state', country, via: 'delegation' }]).then((t) => t.token));
  return memberStateTokens.get(country)!;
}
