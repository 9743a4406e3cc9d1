import { describe, expect, it } from 'vitest';
import { normalizeStreamLink } from '../domain/stream-links';

const embed = (link: string) => {
  const result = normalizeStreamLink(link);
  if (!result.ok) throw new Error(`refused ${link}: ${result.message}`);
  return result;
};

describe('YouTube links', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=2', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=AbCdEf123', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/jfKfPfyJRdk?si=x', 'jfKfPfyJRdk'],
    ['https://youtube.com/shorts/aqz-KE-bpKQ', 'aqz-KE-bpKQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
  ])('%s -> embed of %s', (link, id) => {
    const result = embed(link);
    expect(result.provider).toBe('youtube');
    expect(result.embedUrl).toBe(`https://www.youtube-nocookie.com/embed/${id}`);
  });

  it('keeps the start time', () => {
    expect(embed('https://youtu.be/dQw4w9WgXcQ?t=1m30s').embedUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90');
    expect(embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42').embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
    );
  });
});

describe('Rutube links', () => {
  const id = 'c6cc4d620b1d4338901770a44b3e82f4';
  it.each([
    `https://rutube.ru/video/${id}/`,
    `https://rutube.ru/video/${id}/?r=wd`,
    `https://rutube.ru/live/video/${id}/`,
    `https://rutube.ru/play/embed/${id}`,
  ])('%s', (link) => {
    const result = embed(link);
    expect(result.provider).toBe('rutube');
    expect(result.embedUrl).toBe(`https://rutube.ru/play/embed/${id}`);
  });

  it('keeps the key of a private video', () => {
    expect(embed(`https://rutube.ru/video/private/${id}/?p=Xy9_kL`).embedUrl).toBe(`https://rutube.ru/play/embed/${id}?p=Xy9_kL`);
  });
});

describe('VK Video links', () => {
  it.each([
    ['https://vk.com/video-22822305_456241864', 'https://vk.com/video_ext.php?oid=-22822305&id=456241864&hd=2'],
    ['https://vk.com/video?z=video-22822305_456241864%2Fpl_cat_trends', 'https://vk.com/video_ext.php?oid=-22822305&id=456241864&hd=2'],
    ['https://vk.com/video/@mmso?z=video-22822305_456241864', 'https://vk.com/video_ext.php?oid=-22822305&id=456241864&hd=2'],
    ['https://vkvideo.ru/video-22822305_456241864', 'https://vkvideo.ru/video_ext.php?oid=-22822305&id=456241864&hd=2'],
    ['https://vkvideo.ru/video123456_789', 'https://vkvideo.ru/video_ext.php?oid=123456&id=789&hd=2'],
    ['https://vk.com/video_ext.php?oid=-1&id=2&hash=abc123', 'https://vk.com/video_ext.php?oid=-1&id=2&hd=2&hash=abc123'],
  ])('%s', (link, expected) => {
    const result = embed(link);
    expect(result.provider).toBe('vk');
    expect(result.embedUrl).toBe(expected);
  });
});

describe('closed HLS streams', () => {
  it('accepts an HTTPS playlist as it is', () => {
    const result = embed('https://stream.university.ru/live/hall-a/index.m3u8?token=s3cr3t');
    expect(result).toMatchObject({ provider: 'hls', embedUrl: 'https://stream.university.ru/live/hall-a/index.m3u8?token=s3cr3t' });
  });

  it('refuses a plain-HTTP playlist', () => {
    expect(normalizeStreamLink('http://stream.university.ru/live.m3u8')).toMatchObject({ ok: false, error: 'not-https' });
  });
});

describe('bad links', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a link at all', 'not-a-url'],
    ['javascript:alert(1)', 'not-a-url'],
    ['ftp://youtube.com/watch?v=dQw4w9WgXcQ', 'not-a-url'],
    ['https://vimeo.com/76979871', 'unsupported-host'],
    ['https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ', 'unsupported-host'],
    ['https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'unsupported-host'],
    ['https://www.youtube.com/watch?v=short', 'no-video-id'],
    ['https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 'no-video-id'],
    ['https://youtu.be/', 'no-video-id'],
    ['https://rutube.ru/channel/12345/', 'no-video-id'],
    ['https://rutube.ru/video/not-an-id/', 'no-video-id'],
    ['https://vk.com/id1', 'no-video-id'],
    ['https://vk.com/video_ext.php?oid=abc&id=2', 'no-video-id'],
  ])('%j is refused (%s) with a message', (link, error) => {
    const result = normalizeStreamLink(link);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});
