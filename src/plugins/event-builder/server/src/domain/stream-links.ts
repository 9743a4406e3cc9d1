/**
 * Stream links the organizer pastes: YouTube, Rutube and VK Video pages become their embed URLs;
 * an HTTPS HLS playlist (.m3u8) is a closed stream that only allowed viewers get. Anything else is
 * refused with a reason the admin shows. Pure: no Strapi, no network.
 */
export const STREAM_PROVIDERS = ['youtube', 'rutube', 'vk', 'hls'] as const;
export type StreamProvider = (typeof STREAM_PROVIDERS)[number];

export type StreamLinkError = 'empty' | 'not-a-url' | 'not-https' | 'unsupported-host' | 'no-video-id';

export type NormalizedStream =
  | { ok: true; provider: StreamProvider; videoId: string | null; embedUrl: string; sourceUrl: string }
  | { ok: false; error: StreamLinkError; message: string };

const MESSAGES: Record<StreamLinkError, string> = {
  empty: 'Вставьте ссылку на трансляцию',
  'not-a-url': 'Это не ссылка: вставьте адрес страницы видео целиком, начиная с https://',
  'not-https': 'Ссылка должна начинаться с https://',
  'unsupported-host':
    'Поддерживаются ссылки YouTube, Rutube, VK Видео (vk.com/video…, vkvideo.ru) и закрытый поток HLS (https://….m3u8)',
  'no-video-id': 'В ссылке не найден идентификатор видео: откройте видео и скопируйте адрес его страницы',
};

const fail = (error: StreamLinkError): NormalizedStream => ({ ok: false, error, message: MESSAGES[error] });

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const RUTUBE_ID = /^[0-9a-f]{32}$/i;
const VK_VIDEO = /^(-?\d+)_(\d+)$/;

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^(www|m)\./, '');

/** Seconds from a YouTube `t`/`start` value such as `90`, `90s` or `1m30s`. */
function startSeconds(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === '') return null;
  const [, h = '0', m = '0', s = '0'] = match;
  const total = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return total > 0 ? total : null;
}

function youtube(url: URL, host: string): NormalizedStream {
  let id: string | null = null;
  if (host === 'youtu.be') {
    id = url.pathname.split('/')[1] ?? null;
  } else {
    const [, first, second] = url.pathname.split('/');
    if (first === 'watch') id = url.searchParams.get('v');
    else if (['live', 'shorts', 'embed', 'v'].includes(first ?? '')) id = second ?? null;
  }
  if (!id || !YOUTUBE_ID.test(id)) return fail('no-video-id');
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  const embedUrl = `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
  return { ok: true, provider: 'youtube', videoId: id, embedUrl, sourceUrl: url.toString() };
}

function rutube(url: URL): NormalizedStream {
  const parts = url.pathname.split('/').filter(Boolean);
  // /video/<id>/, /live/video/<id>/, /play/embed/<id>, /video/private/<id>/
  const id = [...parts].reverse().find((part) => RUTUBE_ID.test(part)) ?? null;
  if (!id || !['video', 'live', 'play'].includes(parts[0] ?? '')) return fail('no-video-id');
  const key = url.searchParams.get('p');
  const embedUrl = `https://rutube.ru/play/embed/${id.toLowerCase()}${key ? `?p=${encodeURIComponent(key)}` : ''}`;
  return { ok: true, provider: 'rutube', videoId: id.toLowerCase(), embedUrl, sourceUrl: url.toString() };
}

function vk(url: URL, host: string): NormalizedStream {
  let owner: string | null = null;
  let video: string | null = null;
  const hash = url.searchParams.get('hash');
  if (url.pathname.startsWith('/video_ext.php')) {
    owner = url.searchParams.get('oid');
    video = url.searchParams.get('id');
  } else {
    // /video-123_456, /video123_456, /clip-1_2, /video/@club/...?z=video-1_2, ?z=video-1_2/...
    const fromPath = /\/(?:video|clip)(-?\d+_\d+)/.exec(url.pathname)?.[1];
    const fromZ = /(?:video|clip)(-?\d+_\d+)/.exec(url.searchParams.get('z') ?? '')?.[1];
    const match = VK_VIDEO.exec(fromPath ?? fromZ ?? '');
    if (match) {
      owner = match[1] ?? null;
      video = match[2] ?? null;
    }
  }
  if (!owner || !video || !/^-?\d+$/.test(owner) || !/^\d+$/.test(video)) return fail('no-video-id');
  const base = host === 'vkvideo.ru' ? 'https://vkvideo.ru' : 'https://vk.com';
  const params = new URLSearchParams({ oid: owner, id: video, hd: '2' });
  if (hash) params.set('hash', hash);
  return { ok: true, provider: 'vk', videoId: `${owner}_${video}`, embedUrl: `${base}/video_ext.php?${params}`, sourceUrl: url.toString() };
}

/** Normalizes a pasted stream link into its provider and embed URL, or a reason to refuse it. */
export function normalizeStreamLink(input: string): NormalizedStream {
  const text = input.trim();
  if (text === '') return fail('empty');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return fail('not-a-url');
  }
  if (!['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.')) return fail('not-a-url');
  const host = hostOf(url);
  if (url.pathname.toLowerCase().endsWith('.m3u8')) {
    if (url.protocol !== 'https:') return fail('not-https');
    return { ok: true, provider: 'hls', videoId: null, embedUrl: url.toString(), sourceUrl: url.toString() };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('not-https');
  if (['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'music.youtube.com'].includes(host)) return youtube(url, host);
  if (host === 'rutube.ru') return rutube(url);
  if (['vk.com', 'vk.ru', 'vkvideo.ru'].includes(host)) return vk(url, host);
  return fail('unsupported-host');
}
