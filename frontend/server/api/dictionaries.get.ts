import type { Dictionaries } from '#shared/types/site';

/** Tags and audiences for the poster's filters. */
export default defineEventHandler(async (event): Promise<Dictionaries> => {
  try {
    return await cachedRead(event, 'dictionaries', 'public', () => dictionaries(event));
  } catch (error) {
    cmsFailure(error, 'dictionaries');
  }
});
