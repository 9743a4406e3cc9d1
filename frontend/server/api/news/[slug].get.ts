import type { NewsItem } from '#shared/types/site';

export default defineEventHandler(async (event): Promise<NewsItem> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as, locale } = readContext(event);
  return orNotFound(`news "${slug}"`, () => cachedRead(event, `news:${slug}:${locale}`, as, () => newsPage(event, as, slug, locale)));
});
