import { describe, expect, it } from 'vitest';
import { secondsLeft } from '../../../server/utils/viewer';
import { safeRedirect } from '../../../shared/utils/auth';

const jwtWith = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`;

describe('secondsLeft', () => {
  it('reads the expiry of a JWT without verifying it', () => {
    expect(secondsLeft(jwtWith({ exp: 1_000 }), 900_000)).toBe(100);
    expect(secondsLeft(jwtWith({ exp: 1_000 }), 1_100_000)).toBe(-100);
    expect(secondsLeft(jwtWith({ id: 1 }))).toBe(Number.POSITIVE_INFINITY);
    expect(secondsLeft('not-a-jwt')).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('safeRedirect', () => {
  it('follows same-site paths only', () => {
    expect(safeRedirect('/events/x?y=1')).toBe('/events/x?y=1');
    expect(safeRedirect(['/en/favorites'])).toBe('/en/favorites');
    for (const bad of ['//evil.test', 'https://evil.test', '/\\evil.test', 'javascript:alert(1)', undefined]) expect(safeRedirect(bad, '/')).toBe('/');
  });

  it('never leaves the site, however the path is spelled (finding 10: /signin?redirect=/%09/example.org)', () => {
    const attacks = [
      '/\t/example.org',
      '/\n/example.org',
      '/\r\n/example.org',
      '\t//example.org',
      ' //example.org',
      '/\t\\example.org',
      '\\\\example.org',
      '/%5C/example.org',
      '/%2F/example.org',
      '/%09/example.org',
      'https:/example.org',
      '\u0000//example.org',
      ['//example.org', '/ok'],
    ];
    for (const bad of attacks) {
      const target = safeRedirect(bad, '/');
      // what a browser makes of it, from a page of the site
      expect(new URL(target, 'https://site.test/signin').origin, JSON.stringify(bad)).toBe('https://site.test');
    }
    expect(safeRedirect('/\t/example.org', '/')).toBe('/');
    expect(safeRedirect('/events/%2F?x=//y', '/')).toBe('/events/%2F?x=//y');
  });
});
