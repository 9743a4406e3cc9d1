import type { Ad } from '#shared/types/site';

/** The event's visible ads in their order (a session page refreshes its ad block from here). */
export default defineEventHandler(async (event): Promise<Ad[]> => {
  const slug = routeParam(event, 'slug', SLUG);
  const { as } = readContext(event);
  try {
    return await cachedRead(event, `ads:${slug}`, as, () => eventAds(event, as, { slug }));
  } catch (error) {
    cmsFailure(error, `ads of "${slug}"`);
  }
});
