/** GET /calendar/events/<slug>.ics: the event in the visitor's calendar (only if they may see it). */
export default defineEventHandler(async (event) => {
  const slug = icsParam(event, 'slug', SLUG);
  const { as } = readContext(event);
  const page = await orNotFound(`calendar of "${slug}"`, () => cachedRead(event, `event:${slug}:ru`, as, () => eventPage(event, as, { slug }, 'ru')));
  const origin = siteOrigin(event);
  const body = buildIcs({
    name: page.event.title,
    stamp: new Date(),
    items: [
      {
        uid: `event-${page.event.documentId}@mmso-connect`,
        title: page.event.title,
        startsAt: page.event.startsAt,
        endsAt: page.event.endsAt,
        description: page.event.summary,
        location: placeOf([page.event.venue, page.event.address]),
        url: `${origin}/events/${page.event.slug}`,
      },
    ],
  });
  return sendIcs(event, body, icsFileName(page.event.slug), as === 'viewer');
});
