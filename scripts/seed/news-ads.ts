// Seed steps: news, ads and the registration module's partner links (each found by its natural key:
// slug, erid, code; created only when missing).
import { ads, partnerLinks } from './data.ts';
import { lookup, type SeedContext } from './context.ts';
import type { SeedPlan } from './events.ts';
import { coverPng } from './png.ts';

export async function seedNews({ strapi, ensure, localeOf }: SeedContext, plan: SeedPlan, tagIds: Map<string, string>, eventIds: Map<string, string>): Promise<void> {
  for (const item of plan.news) {
    await ensure('news', 'api::news-item.news-item', { slug: item.slug }, () =>
      strapi.documents('api::news-item.news-item').create({
        data: {
          title: item.title,
          slug: item.slug,
          summary: item.summary,
          body: item.body,
          date: item.date,
          event: item.event === null ? null : lookup(eventIds, item.event, 'event'),
          tags: item.tags.map((slug) => lookup(tagIds, slug, 'tag')),
        },
        ...localeOf('api::news-item.news-item'),
        status: 'published',
      }),
    );
  }
}

export async function seedAds({ strapi, ensure, image, localizedRef }: SeedContext, eventIds: Map<string, string>): Promise<void> {
  for (const ad of ads) {
    await ensure('ads', 'api::ad.ad', { erid: ad.erid }, async () => {
      const banner = await image(`ad-${ad.erid.toLowerCase()}.png`, `Реклама: ${ad.title}`, () => coverPng(ad.color, '#ffffff', 728, 90));
      return strapi.documents('api::ad.ad').create({
        data: {
          title: ad.title,
          url: ad.url,
          order: ad.order,
          visible: true,
          advertiserName: ad.advertiserName,
          advertiserInn: ad.advertiserInn,
          erid: ad.erid,
          event: ad.event === null ? null : localizedRef(lookup(eventIds, ad.event, 'event')),
          image: banner,
        },
        status: 'published',
      });
    });
  }
}

export async function seedPartnerLinks({ strapi, ensure, localizedRef }: SeedContext, eventIds: Map<string, string>): Promise<void> {
  for (const link of partnerLinks) {
    await ensure('partner links', 'plugin::registration.partner-link', { code: link.code }, () =>
      strapi.documents('plugin::registration.partner-link').create({
        data: { code: link.code, label: link.label, channel: link.channel, active: true, event: localizedRef(lookup(eventIds, link.event, 'event')) },
      }),
    );
  }
}
