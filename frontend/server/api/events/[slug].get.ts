import type { EventDetail } from 'cms';
import { eventSlugSchema } from '#shared/utils/events-query';

/** One published event by slug; 404 when there is none. */
export default defineCachedEventHandler(
  async (event): Promise<EventDetail> => {
    const slug = eventSlugSchema.safeParse(getRouterParam(event, 'slug', { decode: true }));
    if (!slug.success) {
      throw createError({ statusCode: 404, statusMessage: 'Not Found' });
    }
    let found: EventDetail | null;
    try {
      found = await useCms(event).getEventBySlug(slug.data);
    } catch (error) {
      cmsFailure(error, `event "${slug.data}"`);
    }
    if (!found) {
      throw createError({ statusCode: 404, statusMessage: 'Not Found' });
    }
    return found;
  },
  { name: 'api-event', maxAge: PUBLIC_CACHE_MAX_AGE, swr: true },
);
