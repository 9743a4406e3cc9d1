import { describe, expect, it } from 'vitest';
import { sessionStands, type StoredSession } from '../domain/access-token';

const NOW = new Date('2026-03-01T10:00:00Z');
const session = (over: Partial<StoredSession> = {}): StoredSession => ({
  userId: '42',
  origin: 'users-permissions',
  status: 'active',
  expiresAt: new Date(NOW.getTime() + 60_000),
  ...over,
});

describe('an access token stands only while its session does', () => {
  it('stands for the active, unexpired session of its user', () => {
    expect(sessionStands(session(), '42', NOW)).toBe(true);
  });

  it('falls with a sign-out (session gone), a refresh (session rotated), expiry, or a session of someone else', () => {
    expect(sessionStands(null, '42', NOW)).toBe(false);
    expect(sessionStands(session({ status: 'rotated' }), '42', NOW)).toBe(false);
    expect(sessionStands(session({ expiresAt: NOW }), '42', NOW)).toBe(false);
    expect(sessionStands(session({ expiresAt: null }), '42', NOW)).toBe(false);
    expect(sessionStands(session(), '43', NOW)).toBe(false);
    expect(sessionStands(session({ origin: 'admin' }), '42', NOW)).toBe(false);
  });
});
