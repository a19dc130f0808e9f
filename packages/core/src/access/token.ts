import * as z from 'zod/mini';

export const TOKEN_MAX_DAYS = 365;

/** POST /v1/tokens: a personal bearer token for a program. */
export const CreateTokenRequest = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  expiresInDays: z.optional(z.int().check(z.gte(1), z.lte(TOKEN_MAX_DAYS))),
});
export type CreateTokenRequest = z.infer<typeof CreateTokenRequest>;

/** The token itself, shown once in the 201 and never again. */
export const CreatedToken = z.object({ id: z.string(), token: z.string(), expiresAt: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;

/** A token as its holder and the Secretariat list it: no secret. */
export const TokenSummary = z.object({
  id: z.string(),
  personId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type TokenSummary = z.infer<typeof TokenSummary>;

export const TokenList = z.object({ items: z.array(TokenSummary) });
export type TokenList = z.infer<typeof TokenList>;
