import { describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_MAX_TTL_SECONDS, signPreviewToken, verifyPreviewToken, type PreviewTarget } from './preview.js';

const SECRET = 'kQ3v9yTnS1o2-preview-secret-of-the-test';
const NOW = new Date('2026-03-02T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const draft: PreviewTarget = { documentId: 'abcdefghij0123456789abcd', locale: 'ru', status: 'draft' };

describe('preview tokens', () => {
  it('opens the document, locale and version it was signed for, until it expires', async () => {
    const token = await signPreviewToken(SECRET, draft, { now: NOW });
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyPreviewToken(SECRET, token, draft, NOW)).toEqual({ ok: true, expiresAt: later(3600) });
    expect((await verifyPreviewToken(SECRET, token, draft, later(3599))).ok).toBe(true);
  });

  it('refuses it for another document', async () => {
    const token = await signPreviewToken(SECRET, draft, { now: NOW });
    expect(await verifyPreviewToken(SECRET, token, { ...draft, documentId: 'zzzzzzzzzz0123456789abcd' }, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses it for another locale or version (a published preview does not open the draft)', async () => {
    const published = await signPreviewToken(SECRET, { ...draft, status: 'published' }, { now: NOW });
    expect((await verifyPreviewToken(SECRET, published, draft, NOW)).ok).toBe(false);
    const russian = await signPreviewToken(SECRET, draft, { now: NOW });
    expect((await verifyPreviewToken(SECRET, russian, { ...draft, locale: 'en' }, NOW)).ok).toBe(false);
  });

  it('refuses it once expired, with a configurable lifetime', async () => {
    const token = await signPreviewToken(SECRET, draft, { now: NOW, ttlSeconds: 600 });
    expect((await verifyPreviewToken(SECRET, token, draft, later(599))).ok).toBe(true);
    expect(await verifyPreviewToken(SECRET, token, draft, later(600))).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyPreviewToken(SECRET, token, draft, later(86_400))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a tampered token: a later expiry, another signature', async () => {
    const token = await signPreviewToken(SECRET, draft, { now: NOW });
    const [expires, signature] = token.split('.') as [string, string];
    expect(await verifyPreviewToken(SECRET, `${Number(expires) + 3600}.${signature}`, draft, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await verifyPreviewToken(SECRET, `${expires}.${flipped}`, draft, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signPreviewToken('another-secret-entirely', draft, { now: NOW });
    expect(await verifyPreviewToken(SECRET, token, draft, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses malformed input and an empty secret without throwing', async () => {
    const token = await signPreviewToken(SECRET, draft, { now: NOW });
    for (const bad of [undefined, null, 42, '', 'abc', SECRET, `${token}x`, `0.${token.split('.')[1]}`, token.replace('.', ':'), [token]]) {
      expect(await verifyPreviewToken(SECRET, bad, draft, NOW)).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(await verifyPreviewToken('', token, draft, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect((await verifyPreviewToken(SECRET, token, { ...draft, documentId: '' }, NOW)).ok).toBe(false);
  });

  it('will not sign without a secret, for a bad target or beyond the longest lifetime', async () => {
    await expect(signPreviewToken('', draft)).rejects.toThrow(/PREVIEW_SECRET/);
    await expect(signPreviewToken(SECRET, { ...draft, documentId: 'a\nb' })).rejects.toThrow();
    await expect(signPreviewToken(SECRET, { ...draft, status: 'deleted' as never })).rejects.toThrow();
    await expect(signPreviewToken(SECRET, draft, { ttlSeconds: PREVIEW_TOKEN_MAX_TTL_SECONDS + 1 })).rejects.toThrow(/lifetime/);
    await expect(signPreviewToken(SECRET, draft, { ttlSeconds: 0 })).rejects.toThrow(/lifetime/);
  });

  it('refuses a token whose expiry lies further ahead than any link may live', async () => {
    // signed by a verifier of other rules (or a clock far off): not accepted as "valid for a year"
    const token = await signPreviewToken(SECRET, draft, { now: later(2 * PREVIEW_TOKEN_MAX_TTL_SECONDS) });
    expect(await verifyPreviewToken(SECRET, token, draft, NOW)).toEqual({ ok: false, reason: 'expired' });
  });
});
