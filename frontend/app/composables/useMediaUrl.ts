/** Absolute URL of a CMS media file: uploads are served by Strapi at its public URL. */
export function useMediaUrl() {
  const base = useRuntimeConfig().public.strapiPublicUrl.replace(/\/+$/, '');
  return (url: string | null | undefined): string | undefined => {
    if (!url) return undefined;
    if (/^https?:\/\//i.test(url)) return url;
    return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
  };
}
