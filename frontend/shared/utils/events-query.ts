import { z } from 'zod';

/** Which events a list shows: `upcoming` (not yet ended, so ongoing ones too), `past`, or `all`. */
export const EVENT_LIST_WHEN = ['upcoming', 'past', 'all'] as const;
export type EventListWhen = (typeof EVENT_LIST_WHEN)[number];

export const EVENTS_PAGE_SIZE_MAX = 50;
export const SITE_LOCALES = ['ru', 'en'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slugLike = z.string().regex(/^[A-Za-z0-9._~-]{1,250}$/);

/** Filters of the poster and the archive, shared by the pages (as URL query) and the server routes. */
export const eventFiltersSchema = z.object({
  q: z.string().trim().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
  format: z.enum(['offline', 'online', 'hybrid']).optional(),
  audience: slugLike.optional(),
  tag: slugLike.optional(),
});
export type EventFilters = z.infer<typeof eventFiltersSchema>;

/** The query of `GET /api/events`. */
export const eventsQuerySchema = eventFiltersSchema
  .extend({
    when: z.enum(EVENT_LIST_WHEN).default('upcoming'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(EVENTS_PAGE_SIZE_MAX).default(12),
    locale: z.enum(SITE_LOCALES).default('ru'),
    now: z.string().max(40).optional(),
  })
  .strict();
export type EventsQuery = z.input<typeof eventsQuerySchema>;

/** Slugs are Strapi UIDs: anything else cannot name an event, so it is a 404, not a 400. */
export const eventSlugSchema = z
  .string()
  .min(1)
  .max(250)
  .regex(/^[A-Za-z0-9._~-]+$/);

/** Strapi document ids (lowercase alphanumerics). */
export const documentIdSchema = z.string().regex(/^[a-z0-9]{10,64}$/);

/** Filters from a page's URL query: unknown or malformed values are dropped, never an error page. */
export function filtersFromQuery(query: Record<string, unknown>): EventFilters {
  const pick = (key: string) => {
    const value = query[key];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
  };
  const out: EventFilters = {};
  for (const key of ['q', 'from', 'to', 'format', 'audience', 'tag'] as const) {
    const value = pick(key);
    if (value === undefined) continue;
    const parsed = eventFiltersSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) (out as Record<string, string>)[key] = parsed.data;
  }
  return out;
}
