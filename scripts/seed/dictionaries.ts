// Seed step: the organization and the dictionaries events point to (audiences, tags, speakers, partner
// categories, partners). Each record is found by its natural key and created only when missing.
import { audiences, organization, partnerCategories, partners, speakers, tags } from './data.ts';
import { lookup, type SeedContext } from './context.ts';
import { logoPng } from './png.ts';

/** documentIds of the dictionaries, by natural key (code, slug or name). */
export interface Dictionaries {
  organizationId: string;
  audienceIds: Map<string, string>;
  tagIds: Map<string, string>;
  speakerIds: Map<string, string>;
  partnerIds: Map<string, string>;
}

/** Ensures each record of `list` under its key; returns documentIds by key. */
async function ensureAll<T>(list: readonly T[], keyOf: (item: T) => string, ensureOne: (item: T) => Promise<string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const item of list) ids.set(keyOf(item), await ensureOne(item));
  return ids;
}

export async function seedDictionaries(seed: SeedContext): Promise<Dictionaries> {
  const { strapi, ensure, image, localeOf, localizedRef } = seed;
  const organizationId = await ensure('organization', 'api::organization.organization', { slug: organization.slug }, async () => {
    const logo = await image(`${organization.slug}-logo.png`, `Логотип: ${organization.name}`, () => logoPng(organization.primaryColor));
    return strapi.documents('api::organization.organization').create({ data: { ...organization, logo } });
  });

  const audienceIds = await ensureAll(audiences, (audience) => audience.code, (audience) =>
    ensure('audiences', 'api::audience.audience', { code: audience.code }, () => strapi.documents('api::audience.audience').create({ data: { ...audience } })),
  );

  const tagIds = await ensureAll(tags, (tag) => tag.slug, (tag) =>
    ensure('tags', 'api::tag.tag', { slug: tag.slug }, () => strapi.documents('api::tag.tag').create({ data: { ...tag } })),
  );

  const speakerIds = await ensureAll(speakers, (speaker) => speaker.slug, (speaker) =>
    ensure('speakers', 'api::speaker.speaker', { slug: speaker.slug }, () =>
      strapi.documents('api::speaker.speaker').create({ data: { ...speaker }, ...localeOf('api::speaker.speaker'), status: 'published' }),
    ),
  );

  const categoryIds = await ensureAll(partnerCategories, (category) => category.name, (category) =>
    ensure('partner categories', 'api::partner-category.partner-category', { name: category.name }, () =>
      strapi.documents('api::partner-category.partner-category').create({
        data: { ...category, visible: true },
        ...localeOf('api::partner-category.partner-category'),
      }),
    ),
  );

  const partnerIds = await ensureAll(partners, (partner) => partner.name, (partner) =>
    ensure('partners', 'api::partner.partner', { name: partner.name }, async () => {
      const logo = await image(`partner-${partner.url.replace(/^https?:\/\//, '').split('.')[0] ?? 'logo'}.png`, `Логотип: ${partner.name}`, () =>
        logoPng(partner.color),
      );
      return strapi.documents('api::partner.partner').create({
        data: {
          name: partner.name,
          url: partner.url,
          order: partner.order,
          clickable: true,
          visible: true,
          category: localizedRef(lookup(categoryIds, partner.category, 'partner category')),
          logo,
        },
      });
    }),
  );

  return { organizationId, audienceIds, tagIds, speakerIds, partnerIds };
}
