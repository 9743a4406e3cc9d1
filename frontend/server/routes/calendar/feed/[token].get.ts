import { z } from 'zod';

const feedSchema = z.object({
  data: z.object({
    sessions: z.array(
      z.object({
        documentId: z.string(),
        title: z.string(),
        description: z.string().nullable().optional(),
        startsAt: z.string(),
        endsAt: z.string(),
        room: z.string().nullable().optional(),
        event: z.object({ title: z.string(), slug: z.string(), venue: z.string().nullable().optional(), address: z.string().nullable().optional() }).nullable(),
      }),
    ),
  }),
});

/**
 * GET /calendar/feed/<secret>.ics: a visitor's favorite sessions as a calendar apps subscribe to.
 * The secret is the only credential; what it shows is what its owner may see now. Never cached.
 */
export default defineEventHandler(async (event) => {
  const token = icsParam(event, 'token', /^[A-Za-z0-9_-]{32,64}$/);
  let answer: z.infer<typeof feedSchema>;
  try {
    answer = await strapiRequest(event, { path: `/api/engagement/feeds/${token}`, params: { locale: getQuery(event).locale === 'en' ? 'en' : undefined } }, feedSchema);
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
