import { z } from 'zod';

/** What a feed token may read, as the staff role of that name: analysts FMR and its aggregates only. */
export const FEED_TOKEN_ROLES = ['analyst', 'officer'] as const;

export const CreateFeedTokenRequest = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(FEED_TOKEN_ROLES),
});

export const FeedTokenView = z.object({
  id: z.number(),
  name: z.string(),
  role: z.enum(FEED_TOKEN_ROLES),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type FeedTokenView = z.infer<typeof FeedTokenView>;

/** The token itself is in this answer only: the server keeps its hash. */
export const CreatedFeedToken = FeedTokenView.extend({ token: z.string() });
export type CreatedFeedToken = z.infer<typeof CreatedFeedToken>;
