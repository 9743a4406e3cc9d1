import { z } from 'zod';
import type { ArchiveData } from '#shared/types/site';

const querySchema = z.object({
  q: z.string().trim().max(100).optional(),
  tag: z.string().regex(/^[A-Za-z0-9._~-]{1,250}$/).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  locale: z.enum(['ru', 'en']).default('ru'),
  now: z.string().max(40).optional(),
});

/** The knowledge base: past events, recordings and materials. */
export default defineEventHandler(async (event): Promise<ArchiveData> => {
  const parsed = querySchema.safeParse(getQuery(event));
  if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.error.issues[0]?.message });
  const { as, now, testNow } = readContext(event);
  const query = { ...parsed.data, q: parsed.data.q || undefined, now };
  try {
    return await cachedRead(event, `archive:${JSON.stringify({ ...parsed.data, now: testNow })}`, as, () => archive(event, as, query));
  } catch (error) {
    cmsFailure(error, 'archive');
  }
});
