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
  ])('%s', (_, contract, used) => {
    expect(used).toBe(contract);
  });

  it('update sends the contract’s media type', () => {
    expect(operations.updateOrganization.requestBody.mediaType).toBe('application/merge-patch+json');
  });
});
