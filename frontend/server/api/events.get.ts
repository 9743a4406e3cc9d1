import type { EventList } from '#shared/types/site';
import { eventsQuerySchema } from '#shared/utils/events-query';

/** Published events the visitor may see: `?when=upcoming|past|all&q&from&to&format&audience&tag&page&pageSize&locale`. */
export default defineEventHandler(async (event): Promise<EventList> => {
  const query = await getValidatedQuery(event, (raw) => {
    const parsed = eventsQuerySchema.safeParse(raw);
    if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.error.issues[0]?.message });
    return parsed.data;
  });
  const { as, now, testNow } = readContext(event);
  const key = `events:${JSON.stringify({ ...query, now: testNow })}`;
  try {
    return await cachedRead(event, key, as, () => listEvents(event, as, { ...query, now }));
  } catch (error) {
    cmsFailure(error, 'events list');
  }
});
