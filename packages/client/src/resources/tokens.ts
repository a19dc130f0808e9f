import { PATHS, buildPath, operations, type CreateTokenRequest, type CreatedToken, type TokenSummary } from '@ngo-liaison/core';
import { relativePath, type Transport } from '../transport.js';

/** Personal bearer tokens for programs: the signed-in person's own. */
export interface TokensResource {
  /** A new token: its secret is in this answer and never again (the server keeps a hash). */
  create(request: CreateTokenRequest, options?: { signal?: AbortSignal }): Promise<CreatedToken>;
  /** The caller's tokens, without their secrets. */
  list(options?: { signal?: AbortSignal }): Promise<TokenSummary[]>;
  /** Revokes a token at once, on every node. */
  revoke(id: string, options?: { signal?: AbortSignal }): Promise<void>;
}

export function tokensResource(transport: Transport): TokensResource {
  return {
    async create(request, { signal } = {}) {
      const path = relativePath(PATHS.createToken);
      transport.assertValidBody(path, operations.createToken.requestBody.schema, request);
      return (await transport.send(path, operations.createToken.responses[201].schema, { method: 'post', json: request, signal })).data;
    },
    async list({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listTokens), operations.listTokens.response, { signal })).items;
    },
    async revoke(id, { signal } = {}) {
      await transport.send(relativePath(buildPath(PATHS.revokeToken, { id })), null, { method: 'delete', signal });
    },
  };
}
