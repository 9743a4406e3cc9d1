import { z } from 'zod';

/** Which events a list shows: `upcoming` (not yet ended, so ongoing ones too), `past`, or `all`. */
export const EVENT_LIST_WHEN = ['upcoming', 'past', 'all'] as const;
export type EventListWhen = (typeof EVENT_LIST_WHEN)[number];

export const EVENTS_PAGE_SIZE_MAX = 50;

/** The query of `GET /api/events`, shared by the server route and the composables that call it. */
export const eventsQuerySchema = z
  .object({
    when: z.enum(EVENT_LIST_WHEN).default('upcoming'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(EVENTS_PAGE_SIZE_MAX).default(12),
  })
  .strict();
export type EventsQuery = z.input<typeof eventsQuerySchema>;

/** Slugs are Strapi UIDs: anything else cannot name an event, so it is a 404, not a 400. */
export const eventSlugSchema = z
  .string()
  .min(1)
  .max(250)
  .regex(/^[A-Za-z0-9._~-]+$/);
