import type { EventCore } from '#shared/types/site';

/**
 * What every page of an event shares: its branding in the layout, its template, and its head tags
 * (title, description, share image, and by-link events kept out of search engines).
 */
export function useEventView(event: Ref<EventCore | null | undefined>, options: { title?: () => string; description?: () => string } = {}) {
  const route = useRoute();
  const mediaUrl = useMediaUrl();
  const { t } = useI18n();
  const brand = useBrandOverride();
  watchEffect(() => {
    const branding = event.value?.branding;
    brand.value = branding ? { path: route.path, ...branding } : null;
  });
  const template = computed(() => event.value?.template ?? event.value?.organization?.defaultTemplate ?? 'classic');
  const shareImage = computed(() => mediaUrl(event.value?.seo?.shareImage?.url ?? event.value?.cover?.formats?.large?.url ?? event.value?.cover?.url));
  usePageSeo({
    title: () => options.title?.() ?? event.value?.seo?.metaTitle ?? event.value?.title ?? '',
    description: () =>
      options.description?.() ?? (event.value?.seo?.metaDescription || event.value?.summary || t('event.metaDescription', { title: event.value?.title ?? '' })),
    image: () => shareImage.value,
    noindex: () => event.value?.privacy !== undefined && event.value.privacy !== 'public',
  });
  return { template, shareImage };
}
