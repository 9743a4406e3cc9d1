/**
 * What a session's page may show at a given time: the stream while it is live, the recording after
 * the end when its availability allows. Pure: the clock and the viewer are passed in.
 */
import { safeWebUrl } from 'cms';
import type { RecordingState, StreamPhase } from '#shared/types/site';

/** The player opens a little before the start, so viewers can join on time. */
export const STREAM_OPENS_BEFORE_MS = 10 * 60 * 1000;

export function streamPhase(session: { startsAt: string; endsAt: string }, now: number): StreamPhase {
  if (now < Date.parse(session.startsAt) - STREAM_OPENS_BEFORE_MS) return 'upcoming';
  if (now <= Date.parse(session.endsAt)) return 'live';
  return 'ended';
}

export interface RecordingInput {
  endsAt: string;
  recordingUrl?: string | null;
  recordingAvailability?: 'never' | 'registered' | 'everyone' | null;
  recordingAvailableAt?: string | null;
}

export interface RecordingViewer {
  signedIn: boolean;
  /** Whether the viewer is registered for the event; unknown (undefined) counts as not registered. */
  registered?: boolean;
}

/**
 * The CMS sends `recordingUrl` only to a viewer who may have it now (by its own clock, see
 * event-builder's domain/recordings.ts): a missing link with an announced recording is the normal
 * case before the end or for visitors who are not registered, so only "available" needs the link.
 * A link that is not an http(s) address (`javascript:` stored before writes were checked) is no link.
 */
export function recordingState(session: RecordingInput, now: number, viewer: RecordingViewer, embedUrl: string | null = null): RecordingState {
  const availability = session.recordingAvailability ?? 'never';
  const url = safeWebUrl(session.recordingUrl);
  if (availability === 'never') return { kind: 'none' };
  if (now <= Date.parse(session.endsAt)) return { kind: 'after-end' };
  if (session.recordingAvailableAt && now < Date.parse(session.recordingAvailableAt)) {
    return { kind: 'later', availableAt: session.recordingAvailableAt };
  }
  if (availability === 'registered') {
    if (!viewer.signedIn) return { kind: 'signin' };
    if (viewer.registered !== true) return { kind: 'registered-only' };
  }
  if (!url) return { kind: 'none' };
  return { kind: 'available', url, embedUrl };
}

const EMBED_HOSTS: Record<'youtube' | 'rutube' | 'vk', string[]> = {
  youtube: ['www.youtube-nocookie.com', 'www.youtube.com'],
  rutube: ['rutube.ru'],
  vk: ['vk.com', 'vkvideo.ru'],
};

/** The players' origins, the only ones the site's pages may frame (the CSP's frame-src). */
export const EMBED_ORIGINS: readonly string[] = Object.values(EMBED_HOSTS)
  .flat()
  .map((host) => `https://${host}`);

/** An embed URL from the CMS is framed only when it is HTTPS on its provider's player host. */
export function safeEmbedUrl(provider: string | null | undefined, url: string | null | undefined): string | null {
  if (!url || !provider || !(provider in EMBED_HOSTS)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EMBED_HOSTS[provider as keyof typeof EMBED_HOSTS].includes(parsed.hostname) ? parsed.toString() : null;
  } catch {
    return null;
  }
}
