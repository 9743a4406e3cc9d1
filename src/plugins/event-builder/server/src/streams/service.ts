/**
 * What a viewer may play of a session's stream. A public embed (YouTube, Rutube, VK) goes to anyone
 * who may see the session; a closed HLS stream only to a signed-in viewer who may see it and, when
 * the registration plugin is there, is registered for the event.
 */
import type { Core } from '@strapi/strapi';
import { httpError, platform } from '../../../../platform/server/src/kit';
import { SESSION_UID } from '../constants';
import { t } from '../i18n/messages';

export interface StreamForViewer {
  provider: 'youtube' | 'rutube' | 'vk' | 'hls' | null;
  embedUrl: string | null;
  /** Only for allowed viewers of a closed stream. */
  hlsUrl: string | null;
}

const streams = ({ strapi }: { strapi: Core.Strapi }) => ({
  async forViewer(documentId: string, viewer: { id: number } | null): Promise<StreamForViewer> {
    // read through the document service: the public-read rules decide whether the viewer sees the session
    const session = (await strapi.documents(SESSION_UID).findOne({
      documentId,
      populate: { stream: true, event: { fields: ['documentId'] } },
    })) as { stream?: { url?: string | null; provider?: StreamForViewer['provider']; embedUrl?: string | null } | null; event?: { documentId: string } | null } | null;
    if (!session) throw httpError.notFound(t('session.not-found'));
    const stream = session.stream;
    if (!stream?.provider) return { provider: null, embedUrl: null, hlsUrl: null };
    if (stream.provider !== 'hls') return { provider: stream.provider, embedUrl: stream.embedUrl ?? null, hlsUrl: null };
    if (!viewer) throw httpError.unauthorized(t('stream.sign-in'));
    // null: no module keeps registrations, any signed-in viewer who sees the session may watch
    if (session.event && (await platform(strapi).access.isRegistered(viewer.id, session.event.documentId)) === false) {
      throw httpError.forbidden(t('stream.registered-only'));
    }
    return { provider: 'hls', embedUrl: null, hlsUrl: stream.url ?? null };
  },
});

export type StreamsService = ReturnType<typeof streams>;
export default streams;
