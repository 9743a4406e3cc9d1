import { describe, expect, it } from 'vitest';
import { anonymousMayRegister, isLive, pendingExpiry, profileToFill, submissionAllowed } from '../domain/pending';

const limits = { perEmail: { max: 5, windowMs: 60 * 60_000 }, perIp: { max: 30, windowMs: 2 * 60 * 60_000 } };

describe('submissions waiting for the mailed code', () => {
  it('allows submissions below both limits, and refuses at either one with the longer wait', () => {
    expect(submissionAllowed({ email: 4, ip: 29 }, limits)).toEqual({ ok: true });
    expect(submissionAllowed({ email: 5, ip: 0 }, limits)).toEqual({ ok: false, retryAfterMs: 60 * 60_000 });
    expect(submissionAllowed({ email: 0, ip: 30 }, limits)).toEqual({ ok: false, retryAfterMs: 2 * 60 * 60_000 });
    expect(submissionAllowed({ email: 9, ip: 31 }, limits)).toEqual({ ok: false, retryAfterMs: 2 * 60 * 60_000 });
  });

  it('keeps answers for the configured time, and not a moment longer', () => {
    const now = new Date('2026-05-01T10:00:00Z');
    const expiresAt = pendingExpiry(now, 60 * 60_000);
    expect(expiresAt.toISOString()).toBe('2026-05-01T11:00:00.000Z');
    expect(isLive({ expiresAt }, new Date('2026-05-01T10:59:59.999Z'))).toBe(true);
    expect(isLive({ expiresAt }, expiresAt)).toBe(false);
  });

  it('lets an anonymous visitor register only for public and link-only events', () => {
    expect(['public', 'link', 'invite', 'closed', 'unknown'].map(anonymousMayRegister)).toEqual([true, true, false, false, false]);
  });

  it('fills only the profile fields the confirmed account lacks (a form never overwrites its owner’s profile)', () => {
    expect(profileToFill(null, { firstName: 'Анна', lastName: 'Смирнова' })).toEqual({ firstName: 'Анна', lastName: 'Смирнова' });
    expect(profileToFill({ firstName: 'Иван', lastName: null, phone: '' }, { firstName: 'Кто-то', lastName: 'Другой', phone: '+79000000000', city: '' })).toEqual({
      lastName: 'Другой',
      phone: '+79000000000',
    });
  });
});
