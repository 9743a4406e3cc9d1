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
});
