import type { EventSummary, Pagination } from 'cms';
import { eventsQuerySchema } from '#shared/utils/events-query';

export interface EventListResponse {
  items: EventSummary[];
  pagination: Pagination;
}

/** Published public events: `?when=upcoming|past|all&page=1&pageSize=12`. */
export default defineCachedEventHandler(
  async (event): Promise<EventListResponse> => {
    const query = await getValidatedQuery(event, (raw) => {
      const parsed = eventsQuerySchema.safeParse(raw);
      if (!parsed.success) {
        throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.error.issues[0]?.message });
      }
      return parsed.data;
    });
    try {
      const list = await useCms(event).listEvents({ ...query, privacy: ['public'] });
      return { items: list.data, pagination: list.meta.pagination };
    } catch (error) {
      cmsFailure(error, 'events list');
    }
  },
  { name: 'api-events', maxAge: PUBLIC_CACHE_MAX_AGE, swr: true },
);
