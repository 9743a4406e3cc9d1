import type { SpeakerPageData } from '#shared/types/site';

export default defineEventHandler(async (event): Promise<SpeakerPageData> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as, locale } = readContext(event);
  return orNotFound(`speaker "${slug}"`, () => cachedRead(event, `speaker:${slug}:${locale}`, as, () => speakerPage(event, as, slug, locale)));
});
