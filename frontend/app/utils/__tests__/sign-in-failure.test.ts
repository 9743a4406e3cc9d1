import { describe, expect, it } from 'vitest';
import { signInFailure } from '../../../shared/utils/auth';

describe('what a failed sign-in step tells the visitor', () => {
  it('asks to wait when the limits of codes or tries are reached (429), on both steps', () => {
    expect(signInFailure('email', 429)).toBe('tooMany');
    expect(signInFailure('code', 429)).toBe('tooMany');
  });

  it('points at the address or the code for the other refusals', () => {
    expect(signInFailure('email', 400)).toBe('badEmail');
    expect(signInFailure('code', 400)).toBe('badCode');
    expect(signInFailure('code', 401)).toBe('badCode');
  });

  it('says the service is unavailable when the site or the CMS failed, or nothing answered', () => {
    for (const status of [0, 500, 502, 503]) {
      expect(signInFailure('email', status)).toBe('unavailable');
      expect(signInFailure('code', status)).toBe('unavailable');
    }
  });
});
