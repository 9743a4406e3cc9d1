/**
 * The space's organization and its branding. Never fatal: the layout falls back to the site's
 * own name and colors when the CMS has no organization yet or cannot be reached (e.g. on the 503 page).
 */
export async function useOrganization() {
  const { t } = useI18n();
  const mediaUrl = useMediaUrl();
  const { data } = await useFetch('/api/organization', {
    key: 'organization',
    default: () => ({ organization: null }),
  });
  const organization = computed(() => data.value?.organization ?? null);
  return {
    organization,
    name: computed(() => organization.value?.name ?? t('site.name')),
    shortName: computed(() => organization.value?.shortName || organization.value?.name || t('site.name')),
    logoUrl: computed(() => mediaUrl(organization.value?.logo?.url)),
    brandStyle: computed(() => brandVariables(organization.value?.primaryColor, organization.value?.accentColor)),
  };
}
