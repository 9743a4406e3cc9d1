/**
 * Stream links are normalized when sessions and video blocks are saved: the pasted link stays
 * (private), the provider and the embed URL are derived from it; a closed HLS stream gets no
 * public embed URL at all. A link we cannot embed is refused with a message the admin shows.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isRecord } from '../../../../platform/server/src/kit';
import { normalizeStreamLink } from '../domain/stream-links';
import { EVENT_UID, SESSION_UID } from '../constants';

interface StreamData {
  url?: string | null;
  provider?: string | null;
  embedUrl?: string | null;
  [key: string]: unknown;
}

/** Fills provider and embedUrl from url; throws a ValidationError naming `path` for a bad link. */
export function normalizeStreamData(stream: StreamData, path: string[]): StreamData {
  const url = typeof stream.url === 'string' ? stream.url.trim() : '';
  if (url === '') return { ...stream, url: null, provider: null, embedUrl: null };
  const result = normalizeStreamLink(url);
  if (!result.ok) {
    throw new errors.ValidationError(`${result.message} (${path.join('.')})`, {
      errors: [{ path, message: result.message, name: 'ValidationError', value: url }],
    });
  }
  return { ...stream, url: result.sourceUrl, provider: result.provider, embedUrl: result.provider === 'hls' ? null : result.embedUrl };
}

export function registerStreamNormalization(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!['create', 'update'].includes(context.action)) return next();
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (!isRecord(data)) return next();
    if (context.uid === SESSION_UID && isRecord(data.stream)) {
      data.stream = normalizeStreamData(data.stream as StreamData, ['stream', 'url']);
    }
    if (context.uid === EVENT_UID && Array.isArray(data.blocks)) {
      data.blocks = data.blocks.map((block: unknown, index: number) => {
        if (!isRecord(block) || block.__component !== 'blocks.video' || !isRecord(block.video)) return block;
        return { ...block, video: normalizeStreamData(block.video as StreamData, ['blocks', String(index), 'video', 'url']) };
      });
    }
    return next();
  });
}
