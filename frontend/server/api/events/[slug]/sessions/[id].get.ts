import type { SessionPageData } from '#shared/types/site';

/** One session of an event, with what its viewer may watch now (stream, recording). */
export default defineEventHandler(async (event): Promise<SessionPageData> => {
  const slug = routeParam(event, 'slug', SLUG);
  const id = routeParam(event, 'id', DOCUMENT_ID);
  const { as, locale, now, testNow } = readContext(event);
  // the stream and recording states depend on the time: cached entries follow the data cache's freshness
  return orNotFound(`session "${id}"`, () =>
    cachedRead(event, `session:${slug}:${id}:${locale}:${testNow}`, as, () => sessionPage(event, as, slug, id, locale, now)),
  );
});
