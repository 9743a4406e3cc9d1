/** Reads for every page: the dictionaries of the filters, the space's organization, the sitemap. */
import type { H3Event } from 'h3';
import { z } from 'zod';
import { audienceSchema, organizationSchema, tagSchema, type QueryValue } from 'cms';
import type { Dictionaries } from '#shared/types/site';
import { imagePopulate, readContentList } from './read';

export async function dictionaries(event: H3Event): Promise<Dictionaries> {
  const [tags, audiences] = await Promise.all([
    readContentList(event, 'public', '/api/tags', tagSchema, { fields: ['name', 'slug'], sort: ['name:asc'], pagination: { page: 1, pageSize: 200 } }),
    readContentList(event, 'public', '/api/audiences', audienceSchema, { fields: ['name', 'code'], sort: ['order:asc', 'name:asc'], pagination: { page: 1, pageSize: 50 } }),
  ]);
  return { tags: tags.data, audiences: audiences.data };
}

export async function organization(event: H3Event) {
  return (
    (
      await readContentList(event, 'public', '/api/organizations', organizationSchema, {
        populate: { logo: imagePopulate },
        sort: ['id:asc'],
        pagination: { page: 1, pageSize: 1 },
      })
    ).data[0] ?? null
  );
}

/** Every public, listable item for the sitemap. */
export async function sitemapEntries(event: H3Event) {
  const all = async <T extends z.ZodType>(path: string, schema: T, params: Record<string, QueryValue>) => {
    const out: Array<z.infer<T>> = [];
    for (let page = 1; page <= 50; page += 1) {
      const result = await readContentList(event, 'public', path, schema, { ...params, pagination: { page, pageSize: 100 } });
      out.push(...result.data);
      if (page >= result.meta.pagination.pageCount) break;
    }
    return out;
  };
  const dated = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string().optional() });
  const [events, sessions, speakers, news, tags] = await Promise.all([
    all('/api/events', dated, { filters: { privacy: { $eq: 'public' } }, fields: ['slug', 'updatedAt'], sort: ['startsAt:desc'] }),
    all('/api/sessions', z.object({ documentId: z.string(), updatedAt: z.string().optional(), event: z.object({ slug: z.string() }).nullable().optional() }), {
      filters: { event: { privacy: { $eq: 'public' } }, privacy: { $in: ['inherit', 'public'] } },
      fields: ['updatedAt'],
      populate: { event: { fields: ['slug'] } },
    }),
    all('/api/speakers', dated, { fields: ['slug', 'updatedAt'] }),
    all('/api/news-items', dated, { fields: ['slug', 'updatedAt'] }),
    all('/api/tags', dated, { fields: ['slug', 'updatedAt'] }),
  ]);
  return { events, sessions, speakers, news, tags };
}
