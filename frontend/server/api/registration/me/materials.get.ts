import { listOf, meResponseSchema, sessionSchema } from 'cms';
import type { CabinetMaterials } from '#shared/utils/registration';

/** Past events the visitor held a seat at, at most (the newest). */
const MAX_EVENTS = 30;

/**
 * Recordings and materials of the past events the visitor was registered for (a seat, not a
 * waitlist place): the sessions that have a recording or files, read as the visitor, so the CMS's
 * privacy rules apply.
 */
export default defineEventHandler(async (event): Promise<CabinetMaterials> => {
  requireViewer(event);
  const { now } = readContext(event);
  const me = await registrationData(event, { path: '/api/registration/me' }, meResponseSchema);
  const ids = [
    ...new Set(
      me.registrations
        .filter((registration) => registration.status === 'registered' && registration.event?.endsAt && Date.parse(registration.event.endsAt) <= now.getTime())
        .sort((a, b) => Date.parse(b.event?.startsAt ?? '') - Date.parse(a.event?.startsAt ?? ''))
        .map((registration) => registration.event!.documentId),
    ),
  ].slice(0, MAX_EVENTS);
  if (ids.length === 0) return { events: [] };
  try {
    const sessions = await strapiRequest(
      event,
      {
        path: '/api/sessions',
        as: 'viewer',
        params: {
          filters: {
            $and: [
              { event: { documentId: { $in: ids } } },
              { $or: [{ recordingAvailability: { $in: ['everyone', 'registered'] } }, { materials: { id: { $notNull: true } } }] },
            ],
          },
          fields: ['title', 'startsAt', 'endsAt', 'recordingAvailability', 'recordingAvailableAt'],
          populate: { materials: { fields: ['url', 'name', 'ext', 'mime', 'size'] }, event: { fields: ['title', 'slug', 'timezone'] } },
          sort: ['startsAt:asc'],
          pagination: { page: 1, pageSize: 300 },
          locale: 'ru',
        },
      },
      listOf(sessionSchema),
    );
    const byEvent = new Map<string, CabinetMaterials['events'][number]>();
    for (const session of sessions.data) {
      if (!session.event) continue;
      const group = byEvent.get(session.event.documentId) ?? { slug: session.event.slug, title: session.event.title, timezone: session.event.timezone ?? 'Europe/Moscow', sessions: [] };
      group.sessions.push({
        documentId: session.documentId,
        title: session.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        recording: session.recordingAvailability === 'everyone' || session.recordingAvailability === 'registered',
        recordingAvailableAt: session.recordingAvailableAt ?? null,
        materials: session.materials ?? [],
      });
      byEvent.set(session.event.documentId, group);
    }
    return { events: ids.flatMap((id) => byEvent.get(id) ?? []) };
  } catch (error) {
    cmsFailure(error, 'cabinet materials');
  }
});
