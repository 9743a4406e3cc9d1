/** robots.txt: everything public may be indexed; previews, the visitor's own pages and the API may not. */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /preview/',
    'Disallow: /calendar/feed/',
    'Disallow: /signin',
    'Disallow: /en/signin',
    'Disallow: /favorites',
    'Disallow: /en/favorites',
    '',
    `Sitemap: ${siteOrigin(event)}/sitemap.xml`,
    '',
  ].join('\n');
});
