/**
 * Finding 5 (render side): whatever the CMS sends (a `javascript:` link stored before writes were
 * checked, or written around them), the site renders no link or media source that a browser would
 * run as script or take to another host: the recording button, ads, text and slider links, speakers'
 * links. One rule, the one the CMS checks writes with (`cms` safe-url).
 */
import { describe, expect, it } from 'vitest';
import { recordingState } from '../../../shared/utils/media-rules';
import { speakerLinks } from 'cms';
import { adLink } from '../ads';
import { safeLinkUrl } from '../blocks';

const SCRIPTS = ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'];
const OTHER_HOSTS = ['//evil.test/x', '/\\evil.test/x', '/\t/evil.test', '\\\\evil.test'];

describe('the recording button', () => {
  const ended = { endsAt: '2026-12-01T08:00:00Z', recordingAvailability: 'everyone' as const };
  const after = Date.parse('2026-12-02T08:00:00Z');

  it.each(SCRIPTS)('is not offered for %j', (url) => {
    expect(recordingState({ ...ended, recordingUrl: url }, after, { signedIn: false })).toEqual({ kind: 'none' });
  });

  it('is offered for an https recording', () => {
    expect(recordingState({ ...ended, recordingUrl: ' https://rutube.ru/video/abc/ ' }, after, { signedIn: false })).toEqual({ kind: 'available', url: 'https://rutube.ru/video/abc/', embedUrl: null });
  });
});

describe('links in text, slides and partners', () => {
  it.each([...SCRIPTS, ...OTHER_HOSTS])('drops %j', (url) => {
    expect(safeLinkUrl(url)).toBeUndefined();
  });
});

describe('ads', () => {
  it.each([...SCRIPTS, ...OTHER_HOSTS, '/local'])('are no link for %j', (url) => {
    expect(adLink({ url, erid: 'abc' })).toBeUndefined();
  });
});

describe("speakers' links", () => {
  it('keep only web and mail addresses', () => {
    expect(speakerLinks([...SCRIPTS, ...OTHER_HOSTS].map((url) => ({ label: 'x', url }))).map((link) => link.href)).toEqual([]);
  });
});
