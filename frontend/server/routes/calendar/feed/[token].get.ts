import { FEED_TOKEN_PATTERN, feedResponseSchema, type FeedResponse } from 'cms';

/**
 * GET /calendar/feed/<secret>.ics: a visitor's favorite sessions as a calendar apps subscribe to.
 * The secret is the only credential; what it shows is what its owner may see now. Never cached.
 */
export default defineEventHandler(async (event) => {
  const token = icsParam(event, 'token', FEED_TOKEN_PATTERN);
  let answer: FeedResponse;
  try {
    answer = await strapiRequest(event, { path: `/api/engagement/feeds/${token}`, params: { locale: getQuery(event).locale === 'en' ? 'en' : undefined } }, feedResponseSchema);
  } catch (error) {
    cmsFailure(error, 'favorites feed');
  }
  const origin = siteOrigin(event);
  const body = buildIcs({
    name: 'MMSO Connect: избранное',
    stamp: new Date(),
    refreshMinutes: 60,
    items: answer.data.sessions.map((session) => ({
      uid: `session-${session.documentId}@mmso-connect`,
      title: session.event ? `${session.title} · ${session.event.title}` : session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      description: session.description,
      location: placeOf([session.room, session.event?.venue, session.event?.address]),
      url: session.event ? `${origin}/events/${session.event.slug}/sessions/${session.documentId}` : null,
    })),
  });
  setResponseHeader(event, 'x-robots-tag', 'noindex');
  return sendIcs(event, body, 'favorites.ics', true);
});
