import * as z from 'zod/mini';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  storage: z.string(),
});
export type Health = z.infer<typeof Health>;
