import type { MaybeRefOrGetter } from 'vue';

/** Title, description and OpenGraph of a page (the site name is appended by the title template). */
export function usePageSeo(input: {
  title: MaybeRefOrGetter<string>;
  description: MaybeRefOrGetter<string>;
  image?: MaybeRefOrGetter<string | undefined>;
  type?: 'website' | 'article';
  noindex?: MaybeRefOrGetter<boolean>;
}) {
  const { localeProperties } = useI18n();
  useSeoMeta({
    title: () => toValue(input.title),
    description: () => toValue(input.description),
    ogTitle: () => toValue(input.title),
    ogDescription: () => toValue(input.description),
    ogType: input.type ?? 'website',
    ogImage: () => toValue(input.image),
    ogLocale: () => (localeProperties.value.language ?? 'ru-RU').replace('-', '_'),
    twitterCard: () => (toValue(input.image) ? 'summary_large_image' : 'summary'),
    robots: () => (toValue(input.noindex) ? 'noindex, nofollow' : undefined),
  });
}
