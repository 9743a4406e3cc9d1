import type { ProgramData } from '#shared/types/site';

/** The event's program with descriptions, tracks and speakers. */
export default defineEventHandler(async (event): Promise<ProgramData> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as, locale } = readContext(event);
  return orNotFound(`program of "${slug}"`, () => cachedRead(event, `program:${slug}:${locale}`, as, () => programPage(event, as, slug, locale)));
});
