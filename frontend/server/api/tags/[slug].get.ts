import type { TagPageData } from '#shared/types/site';

export default defineEventHandler(async (event): Promise<TagPageData> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as, locale, now, testNow } = readContext(event);
  return orNotFound(`tag "${slug}"`, () => cachedRead(event, `tag:${slug}:${locale}:${testNow}`, as, () => tagPage(event, as, slug, locale, now)));
});
