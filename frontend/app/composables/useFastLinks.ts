/**
 * Links for components rendered many times per page (cards, program items): the locale prefix is
 * computed once and navigation happens in the app on a plain click, without a NuxtLink per link
 * (resolving each through the router costs more than the rest of the card). Modified clicks
 * (new tab, download) keep the browser's behaviour.
 */
export function useFastLinks() {
  const { locale } = useI18n();
  const prefix = computed(() => (locale.value === 'ru' ? '' : `/${locale.value}`));
  const href = (path: string) => `${prefix.value}${path}`;
  const go = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.currentTarget as HTMLAnchorElement | null;
    const path = target?.getAttribute('href');
    if (!path) return;
    event.preventDefault();
    void navigateTo(path);
  };
  return { href, go };
}
