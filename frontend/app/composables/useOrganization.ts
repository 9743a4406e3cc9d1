/**
 * The space's organization and its branding (or the shown event's own). Never fatal: the layout
 * falls back to the site's own name and colors when the CMS has no organization yet or is unreachable.
 */
export async function useOrganization() {
  const { t } = useI18n();
  const mediaUrl = useMediaUrl();
  const route = useRoute();
  const override = useBrandOverride();
  const { data } = await useFetch('/api/organization', {
    key: 'organization',
    default: () => ({ organization: null }),
    getCachedData: (key, nuxtApp) => nuxtApp.payload.data[key] ?? nuxtApp.static.data[key],
  });
  const organization = computed(() => data.value?.organization ?? null);
  const brand = computed(() => (override.value && override.value.path === route.path ? override.value : null));
  return {
    organization,
    name: computed(() => organization.value?.name ?? t('site.name')),
    shortName: computed(() => organization.value?.shortName || organization.value?.name || t('site.name')),
    logoUrl: computed(() => mediaUrl(brand.value?.logo?.url ?? organization.value?.logo?.url)),
    brandStyle: computed(() => brandVariables(brand.value?.primaryColor ?? organization.value?.primaryColor, brand.value?.accentColor ?? organization.value?.accentColor)),
    /** The branding font (declared in the head by `useBrandFont`). */
    font: computed(() => brand.value?.font ?? organization.value?.font ?? null),
  };
}
