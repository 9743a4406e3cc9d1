/** The sitemap: public, listable items only (never by-link, invite-only, closed or draft ones), in both languages. */
export default defineEventHandler(async (event) => {
  let entries: Awaited<ReturnType<typeof sitemapEntries>>;
  try {
    entries = await cachedRead(event, 'sitemap', 'public', () => sitemapEntries(event));
  } catch (error) {
    cmsFailure(error, 'sitemap');
  }
  const origin = siteOrigin(event);
  const urls: Array<{ path: string; updatedAt?: string }> = [
    { path: '/' },
    { path: '/archive' },
    ...entries.events.map((item) => ({ path: `/events/${item.slug}`, updatedAt: item.updatedAt })),
    ...entries.events.map((item) => ({ path: `/events/${item.slug}/program`, updatedAt: item.updatedAt })),
    ...entries.sessions
      .filter((item) => item.event)
      .map((item) => ({ path: `/events/${item.event!.slug}/sessions/${item.documentId}`, updatedAt: item.updatedAt })),
    ...entries.speakers.map((item) => ({ path: `/speakers/${item.slug}`, updatedAt: item.updatedAt })),
    ...entries.news.map((item) => ({ path: `/news/${item.slug}`, updatedAt: item.updatedAt })),
    ...entries.tags.map((item) => ({ path: `/tags/${item.slug}`, updatedAt: item.updatedAt })),
  ];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const body = urls
    .map(({ path, updatedAt }) => {
      const ru = escape(`${origin}${path}`);
      const en = escape(`${origin}/en${path === '/' ? '' : path}`);
      return [
        '  <url>',
        `    <loc>${ru}</loc>`,
        updatedAt ? `    <lastmod>${escape(updatedAt)}</lastmod>` : '',
        `    <xhtml:link rel="alternate" hreflang="ru-RU" href="${ru}"/>`,
        `    <xhtml:link rel="alternate" hreflang="en-GB" href="${en}"/>`,
        '  </url>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  setResponseHeaders(event, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, must-revalidate' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
});
