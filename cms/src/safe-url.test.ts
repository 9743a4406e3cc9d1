import { describe, expect, it } from 'vitest';
import { cleanUrlInput, safeLinkUrl, safeSitePath, safeWebUrl } from './safe-url.js';

const SCRIPTS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/x',
];

describe('safeWebUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeWebUrl('https://rutube.ru/video/abc/')).toBe('https://rutube.ru/video/abc/');
    expect(safeWebUrl('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeWebUrl('  https://example.org/a  ')).toBe('https://example.org/a');
  });

  it('refuses scripts, other schemes, relative and host-less values', () => {
    for (const value of [...SCRIPTS, 'ftp://example.org', '/events/x', '//example.org', 'https://', 'https:example.org', 'example.org', '', 42, null]) {
      expect(safeWebUrl(value), String(value)).toBeNull();
    }
  });
});

describe('safeSitePath', () => {
  it('keeps paths of this site', () => {
    expect(safeSitePath('/events/den-otkrytyh-dverej?tab=program#day-1')).toBe('/events/den-otkrytyh-dverej?tab=program#day-1');
    expect(safeSitePath('/')).toBe('/');
  });

  it('refuses anything a browser would send to another host', () => {
    for (const value of ['//example.org', '/\\example.org', '/%09/example.org'.replace('%09', '\t'), '/\t/example.org', '\\\\example.org', '/\n/example.org', 'https://example.org', ...SCRIPTS, 'events', '']) {
      expect(safeSitePath(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('keeps an encoded tab as text (the browser does not decode it into the path)', () => {
    expect(safeSitePath('/%09/example.org')).toBe('/%09/example.org');
    expect(new URL(safeSitePath('/%09/example.org') ?? '', 'https://site.test').host).toBe('site.test');
  });
});

describe('safeLinkUrl', () => {
  it('keeps web, mail, phone, site links and anchors', () => {
    for (const value of ['https://example.org', 'mailto:a@b.test', 'tel:+74950000000', '/events/x', '#program']) {
      expect(safeLinkUrl(value)).toBe(value);
    }
  });

  it('refuses scripts and protocol-relative links', () => {
    for (const value of [...SCRIPTS, '//example.org', '/\\example.org', 'mailto:', '#a b']) {
      expect(safeLinkUrl(value), JSON.stringify(value)).toBeNull();
    }
  });
});

describe('cleanUrlInput', () => {
  it('reads the value as a browser does', () => {
    expect(cleanUrlInput('\u0000 java\tscr\nipt:x \u001f')).toBe('javascript:x');
  });
});
