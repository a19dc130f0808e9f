import { CreateTokenRequest, CreatedToken, PATHS, TokenList, buildPath, type TokenSummary } from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

/** Personal bearer tokens for programs: the signed-in person's own. */
export interface TokensResource {
  /** A new token: its secret is in this answer and never again (the server keeps a hash). */
  create(request: CreateTokenRequest, options?: { signal?: AbortSignal }): Promise<CreatedToken>;
  /** The caller's tokens, without their secrets. */
  list(options?: { signal?: AbortSignal }): Promise<TokenSummary[]>;
  /** Revokes a token at once, on every node. */
  revoke(id: string, options?: { signal?: AbortSignal }): Promise<void>;
}

export function tokensResource(transport: WriteTransport): TokensResource {
  return {
    async create(request, { signal } = {}) {
      const path = relativePath(PATHS.createToken);
      assertValidBody(transport, path, CreateTokenRequest, request);
      return (await transport.send(path, CreatedToken, { method: 'post', json: request, signal })).data;
    },
    async list({ signal } = {}) {
      return (await transport.get(relativePath(PATHS.listTokens), TokenList, { signal })).items;
    },
    async revoke(id, { signal } = {}) {
      await transport.send(relativePath(buildPath(PATHS.revokeToken, { id })), null, { method: 'delete', signal });
    },
  };
}
