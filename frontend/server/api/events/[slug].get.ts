import type { EventPageData } from '#shared/types/site';

/** Everything the event page shows; 404 when the visitor may not see such an event. */
export default defineEventHandler(async (event): Promise<EventPageData> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as, locale } = readContext(event);
  return orNotFound(`event "${slug}"`, () => cachedRead(event, `event:${slug}:${locale}`, as, () => eventPage(event, as, { slug }, locale)));
});
