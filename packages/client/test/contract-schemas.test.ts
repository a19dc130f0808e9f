import { describe, expect, it } from 'vitest';
import {
  AcceptInvitationRequest,
  ContactErasureBody,
  CreateTokenRequest,
  CreatedToken,
  CurrentSession,
  OrganizationAdmission,
  OrganizationPatch,
  PartnershipDecisionInput,
  ReturnRevisionBody,
  SignInRequest,
  TokenList,
  operations,
  ActionSubmission,
  SubmittedAction,
  SubmittedActionPage,
  ReturnActionBody,
  Action,
  InboxPage,
  MarkInboxBody,
  MarkInboxResult,
  FeedbackInput,
  Feedback,
  FeedbackPage,
  FeedbackAnswerInput,
  FeedbackSummary,
  RecommendationSubject,
  RoutingProposal,
  RecommendationInput,
  Recommendation,
  RecommendationPage,
  FollowUpInput,
  MailPreferences,
} from '@ngo-liaison/core';

/*
 * The write resources import these schemas directly (the whole operations table would weigh on
 * every widget's bundle); this keeps them the very objects the contract names, so the client
 * checks a body with the schema the server checks it with.
 */
describe('the client checks with the contract’s own schemas', () => {
  it.each([
    ['createOrganization', operations.createOrganization.requestBody.schema, OrganizationAdmission],
    ['updateOrganization', operations.updateOrganization.requestBody.schema, OrganizationPatch],
    ['recordDecision', operations.recordDecision.requestBody.schema, PartnershipDecisionInput],
    ['eraseContact', operations.eraseContact.requestBody.schema, ContactErasureBody],
    ['returnRevision', operations.returnRevision.requestBody.schema, ReturnRevisionBody],
    ['signIn', operations.signIn.requestBody.schema, SignInRequest],
    ['acceptInvitation', operations.acceptInvitation.requestBody.schema, AcceptInvitationRequest],
    ['createToken', operations.createToken.requestBody.schema, CreateTokenRequest],
    ['getCurrentSession response', operations.getCurrentSession.response, CurrentSession],
    ['signIn response', operations.signIn.response, CurrentSession],
    ['acceptInvitation response', operations.acceptInvitation.responses[201].schema, CurrentSession],
    ['createToken response', operations.createToken.responses[201].schema, CreatedToken],
    ['listTokens response', operations.listTokens.response, TokenList],
    ['submitAction', operations.submitAction.requestBody.schema, ActionSubmission],
    ['submitAction response', operations.submitAction.responses[202].schema, SubmittedAction],
    ['getAction response', operations.getAction.response, Action],
    ['listActionSubmissions response', operations.listActionSubmissions.response, SubmittedActionPage],
    ['publishAction response', operations.publishAction.response, SubmittedAction],
    ['returnAction', operations.returnAction.requestBody.schema, ReturnActionBody],
    ['getInbox response', operations.getInbox.response, InboxPage],
    ['markInbox', operations.markInbox.requestBody.schema, MarkInboxBody],
    ['markInbox response', operations.markInbox.response, MarkInboxResult],
    ['sendFeedback', operations.sendFeedback.requestBody.schema, FeedbackInput],
    ['sendFeedback response', operations.sendFeedback.responses[201].schema, Feedback],
    ['listFeedback response', operations.listFeedback.response, FeedbackPage],
    ['answerFeedback', operations.answerFeedback.requestBody.schema, FeedbackAnswerInput],
    ['getFeedbackSummary response', operations.getFeedbackSummary.response, FeedbackSummary],
    ['proposeAddressees', operations.proposeAddressees.requestBody.schema, RecommendationSubject],
    ['proposeAddressees response', operations.proposeAddressees.response, RoutingProposal],
    ['recordRecommendation', operations.recordRecommendation.requestBody.schema, RecommendationInput],
    ['recordRecommendation response', operations.recordRecommendation.responses[201].schema, Recommendation],
    ['listRecommendations response', operations.listRecommendations.response, RecommendationPage],
    ['recordFollowUp', operations.recordFollowUp.requestBody.schema, FollowUpInput],
    ['recordFollowUp response', operations.recordFollowUp.responses[201].schema, Recommendation],
    ['setMailPreferences', operations.setMailPreferences.requestBody.schema, MailPreferences],
    ['getMailPreferences response', operations.getMailPreferences.response, MailPreferences],
  ])('%s', (_, contract, used) => {
    expect(used).toBe(contract);
  });

  it('update sends the contract’s media type', () => {
    expect(operations.updateOrganization.requestBody.mediaType).toBe('application/merge-patch+json');
  });
});
