/** GET /calendar/sessions/<documentId>.ics?event=<slug>: one program item. */
export default defineEventHandler(async (event) => {
  const id = icsParam(event, 'id', DOCUMENT_ID);
  const slug = String(getQuery(event).event ?? '');
  if (!SLUG.test(slug)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  const { as, now } = readContext(event);
  const page = await orNotFound(`calendar of session "${id}"`, () =>
    cachedRead(event, `session-ics:${slug}:${id}`, as, () => sessionPage(event, as, slug, id, 'ru', now)),
  );
  const origin = siteOrigin(event);
  const body = buildIcs({
    name: page.session.title,
    stamp: new Date(),
    items: [
      {
        uid: `session-${page.session.documentId}@mmso-connect`,
        title: `${page.session.title} · ${page.event.title}`,
        startsAt: page.session.startsAt,
        endsAt: page.session.endsAt,
        description: page.session.description,
        location: placeOf([page.session.room, page.event.venue, page.event.address]),
        url: `${origin}/events/${page.event.slug}/sessions/${page.session.documentId}`,
      },
    ],
  });
  return sendIcs(event, body, icsFileName(`${page.event.slug}-${page.session.documentId}`), as === 'viewer');
});
