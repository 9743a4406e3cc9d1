import { describe, expect, it } from 'vitest';
import { recordingState, safeEmbedUrl, streamPhase } from '../../../shared/utils/media-rules';

const session = { startsAt: '2026-12-01T07:00:00Z', endsAt: '2026-12-01T08:00:00Z' };
const at = (iso: string) => Date.parse(iso);

describe('streamPhase', () => {
  it('opens the player ten minutes before the start and closes it after the end', () => {
    expect(streamPhase(session, at('2026-12-01T06:49:00Z'))).toBe('upcoming');
    expect(streamPhase(session, at('2026-12-01T06:51:00Z'))).toBe('live');
    expect(streamPhase(session, at('2026-12-01T08:00:00Z'))).toBe('live');
    expect(streamPhase(session, at('2026-12-01T08:00:01Z'))).toBe('ended');
  });
});

describe('recordingState', () => {
  const recording = { ...session, recordingUrl: 'https://video.test/1', recordingAvailability: 'everyone' as const };
  const anonymous = { signedIn: false };

  it('shows a recording to everyone after the end, not before, and not before its publication time', () => {
    expect(recordingState(recording, at('2026-12-01T07:30:00Z'), anonymous).kind).toBe('after-end');
    expect(recordingState(recording, at('2026-12-01T09:00:00Z'), anonymous)).toEqual({ kind: 'available', url: 'https://video.test/1', embedUrl: null });
    const later = { ...recording, recordingAvailableAt: '2026-12-02T00:00:00Z' };
    expect(recordingState(later, at('2026-12-01T09:00:00Z'), anonymous)).toEqual({ kind: 'later', availableAt: '2026-12-02T00:00:00Z' });
    expect(recordingState(later, at('2026-12-02T00:00:00Z'), anonymous).kind).toBe('available');
  });

  it('keeps registered-only recordings from anonymous and unregistered viewers', () => {
    const registered = { ...recording, recordingAvailability: 'registered' as const };
    const after = at('2026-12-01T09:00:00Z');
    expect(recordingState(registered, after, anonymous).kind).toBe('signin');
    expect(recordingState(registered, after, { signedIn: true }).kind).toBe('registered-only');
    expect(recordingState(registered, after, { signedIn: true, registered: true }).kind).toBe('available');
  });

  it('explains an announced recording whose link the CMS withholds, and never shows one it did not send', () => {
    const withheld = { ...session, recordingUrl: null, recordingAvailability: 'registered' as const };
    const after = at('2026-12-01T09:00:00Z');
    expect(recordingState(withheld, at('2026-12-01T07:30:00Z'), anonymous).kind).toBe('after-end');
    expect(recordingState(withheld, after, anonymous).kind).toBe('signin');
    expect(recordingState(withheld, after, { signedIn: true }).kind).toBe('registered-only');
    expect(recordingState({ ...withheld, recordingAvailability: 'everyone', recordingAvailableAt: '2026-12-02T00:00:00Z' }, after, anonymous).kind).toBe('later');
    // the site's clock says "open", the CMS (the authority) has not sent the link: nothing to play
    expect(recordingState(withheld, after, { signedIn: true, registered: true })).toEqual({ kind: 'none' });
    expect(recordingState({ ...withheld, recordingAvailability: 'everyone' }, after, anonymous)).toEqual({ kind: 'none' });
  });

  it('has nothing to show without a link or when the organizer says never', () => {
    expect(recordingState({ ...recording, recordingAvailability: 'never' }, at('2026-12-01T09:00:00Z'), anonymous).kind).toBe('none');
    expect(recordingState({ ...recording, recordingUrl: ' ' }, at('2026-12-01T09:00:00Z'), anonymous).kind).toBe('none');
  });
});

describe('safeEmbedUrl', () => {
  it('frames only HTTPS players of the named provider', () => {
    expect(safeEmbedUrl('youtube', 'https://www.youtube-nocookie.com/embed/abc')).toBe('https://www.youtube-nocookie.com/embed/abc');
    expect(safeEmbedUrl('rutube', 'https://rutube.ru/play/embed/abc')).toBe('https://rutube.ru/play/embed/abc');
    expect(safeEmbedUrl('youtube', 'https://evil.test/embed/abc')).toBeNull();
    expect(safeEmbedUrl('vk', 'http://vk.com/video_ext.php?oid=1')).toBeNull();
    expect(safeEmbedUrl('hls', 'https://stream.test/a.m3u8')).toBeNull();
    expect(safeEmbedUrl('youtube', 'javascript:alert(1)')).toBeNull();
  });
});
