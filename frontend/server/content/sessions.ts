/** The session page: one program item with its stream, recording and materials as the viewer may have them. */
import type { H3Event } from 'h3';
import { z } from 'zod';
import { sessionSchema } from 'cms';
import type { SessionPageData } from '#shared/types/site';
import type { SiteLocale } from '#shared/utils/events-query';
import { recordingState, safeEmbedUrl, streamPhase } from '#shared/utils/media-rules';
import { strapiRequest, type ReadAs } from '../utils/strapi';
import { eventAds, eventBySlug } from './events';
import { readContentList, readLocalized, speakerPopulate } from './read';
import { eventCore, recordingEmbedUrl, speakerSummary } from './shape';

export async function sessionPage(
  event: H3Event,
  as: ReadAs,
  slug: string,
  documentId: string,
  locale: SiteLocale,
  now: Date,
): Promise<SessionPageData | null> {
  const read = async (lang: string) =>
    (
      await readContentList(event, as, '/api/sessions', sessionSchema, {
        filters: { documentId: { $eq: documentId }, event: { slug: { $eq: slug } } },
        populate: {
          track: { fields: ['name', 'color', 'order'] },
          speakers: speakerPopulate,
          tags: { fields: ['name', 'slug'] },
          stream: { fields: ['provider', 'embedUrl'] },
          materials: true,
          ads: true,
        },
        pagination: { page: 1, pageSize: 1 },
        locale: lang,
      })
    ).data[0] ?? null;
  const [session, detail] = await Promise.all([readLocalized(locale, read), eventBySlug(event, as, { slug }, locale)]);
  if (!session || !detail) return null;
  const showAds = session.ads?.show === true;
  const needsRegistration = as === 'viewer' && session.recordingAvailability === 'registered';
  const [ads, registered] = await Promise.all([
    showAds ? eventAds(event, as, { slug }) : Promise.resolve([]),
    needsRegistration ? isRegisteredFor(event, detail.documentId) : Promise.resolve(false),
  ]);
  const provider = session.stream?.provider ?? null;
  const recordingEmbed = recordingEmbedUrl(session.recordingUrl);
  return {
    event: eventCore(detail),
    session: {
      documentId: session.documentId,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      room: session.room,
      chatEnabled: session.chatEnabled === true,
      track: session.track ?? null,
      speakers: (session.speakers ?? []).map(speakerSummary),
      tags: session.tags ?? [],
      materials: session.materials ?? [],
      stream: provider ? { provider, embedUrl: provider === 'hls' ? null : safeEmbedUrl(provider, session.stream?.embedUrl) } : null,
      phase: streamPhase(session, now.getTime()),
      recording: recordingState(session, now.getTime(), { signedIn: as === 'viewer', registered }, recordingEmbed),
      ads: { show: showAds, autoRefreshSeconds: Math.max(0, session.ads?.autoRefreshSeconds ?? 0) },
    },
    ads,
  };
}

const myRegistrationsSchema = z.object({
  registrations: z.array(z.object({ status: z.string(), event: z.object({ documentId: z.string() }).nullable() })),
});

/** Whether the signed-in visitor holds a registration (not waitlisted, not cancelled) for the event. */
async function isRegisteredFor(event: H3Event, eventDocumentId: string): Promise<boolean> {
  try {
    const me = await strapiRequest(event, { path: '/api/registration/me', as: 'viewer' }, myRegistrationsSchema);
    return me.registrations.some((registration) => registration.status === 'registered' && registration.event?.documentId === eventDocumentId);
  } catch {
    return false;
  }
}
