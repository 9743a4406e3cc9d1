import type { MaybeRefOrGetter } from 'vue';

/** Title and description of a page (the site name is appended by the title template in app.vue). */
export function usePageSeo(input: { title: MaybeRefOrGetter<string>; description: MaybeRefOrGetter<string> }) {
  useSeoMeta({
    title: () => toValue(input.title),
    description: () => toValue(input.description),
    ogTitle: () => toValue(input.title),
    ogDescription: () => toValue(input.description),
    ogType: 'website',
  });
}
