import { describe, expect, it } from 'vitest';
import { MASK, redact, redactUrl } from './redact';

describe('redaction for logs', () => {
  it('masks email addresses in any text, Cyrillic ones too', () => {
    expect(redact('550 5.1.1 <Jane.Doe@uni.test>: recipient jane.doe+x@mail.uni.test rejected')).toBe(
      `550 5.1.1 <${MASK}@${MASK}>: recipient ${MASK}@${MASK} rejected`,
    );
    expect(redact('письмо для иван@вуз.рф не ушло')).not.toContain('иван');
    expect(redact('connect ECONNREFUSED 127.0.0.1:9')).toBe('connect ECONNREFUSED 127.0.0.1:9');
  });

  it("masks a calendar feed's token and token-like path segments, keeps ordinary paths", () => {
    const token = 'AcfvRTq5mBc7reWdz0UPsY0ETuudFNEwiHhvts-A9mE';
    expect(redactUrl(`/api/engagement/feeds/${token}`)).toBe(`/api/engagement/feeds/${MASK}`);
    expect(redactUrl(`/api/engagement/feeds/${token}.ics`)).toBe(`/api/engagement/feeds/${MASK}`);
    expect(redactUrl(`/api/other/${token}`)).toBe(`/api/other/${MASK}`);
    expect(redactUrl('/api/events/open-day-2026-physics-and-mathematics-faculty')).toBe('/api/events/open-day-2026-physics-and-mathematics-faculty');
    expect(redactUrl('/api/users/someone%40uni.test')).toBe(`/api/users/${MASK}`);
  });

  it('masks query values by default, keeps the harmless ones', () => {
    expect(redactUrl('/api/x?email=Someone.Else%40uni.test&code=123456&access_token=abc&locale=en&populate[0]=event&pagination[page]=2')).toBe(
      `/api/x?email=${MASK}&code=${MASK}&access_token=${MASK}&locale=en&populate[0]=event&pagination[page]=2`,
    );
    expect(redactUrl('/api/x?filters[email][$eq]=a%40b.test')).toBe(`/api/x?filters[email][$eq]=${MASK}`);
    expect(redactUrl('/api/x?brandNewSecret=s3cr3t')).toBe(`/api/x?brandNewSecret=${MASK}`);
    expect(redactUrl('/api/x?')).toBe('/api/x?');
  });
});
