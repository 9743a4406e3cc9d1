import type { Ref } from 'vue';

/**
 * Head tags every page shares: `<html lang>` of the current locale, the title template,
 * a canonical link and hreflang alternates. Called from the layout, so error pages get them too.
 */
export function useSiteHead(siteName: Ref<string>) {
  const { locales, localeProperties } = useI18n();
  const switchLocalePath = useSwitchLocalePath();
  const route = useRoute();
  const error = useError();
  const config = useRuntimeConfig();
  const origin = (config.public.siteUrl || useRequestURL().origin).replace(/\/+$/, '');

  useHead({
    htmlAttrs: { lang: () => localeProperties.value.language ?? localeProperties.value.code },
    titleTemplate: (title?: string) => (title ? `${title} · ${siteName.value}` : siteName.value),
    link: () => {
      if (error.value) return [];
      const alternates = locales.value
        .map((locale) => ({ language: locale.language ?? locale.code, path: switchLocalePath(locale.code) }))
        .filter((alternate) => alternate.path)
        .map((alternate) => ({ rel: 'alternate', hreflang: alternate.language, href: `${origin}${alternate.path}` }));
      return [{ rel: 'canonical', href: `${origin}${route.path}` }, ...alternates];
    },
  });
}
