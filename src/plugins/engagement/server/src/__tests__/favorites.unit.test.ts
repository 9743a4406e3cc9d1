import { describe, expect, it } from 'vitest';
import { isDocumentId, isFeedToken, newDocumentId, newFeedToken, toFavorite } from '../domain/favorites';

describe('favorites domain', () => {
  it('makes document ids as Strapi does: a letter, then 23 lowercase letters or digits, each new', () => {
    const ids = Array.from({ length: 200 }, newDocumentId);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // the contract accepts them as session or event ids
    expect(ids.every(isDocumentId)).toBe(true);
  });

  it('makes feed secrets the contract accepts, and refuses what is not one', () => {
    expect(isFeedToken(newFeedToken())).toBe(true);
    expect(isFeedToken('short')).toBe(false);
    expect(isFeedToken('a'.repeat(32) + '/')).toBe(false);
  });

  it('shows a row as the API record, with any database timestamp as ISO text', () => {
    const row = { user_id: 1, session_document_id: 's1', event_document_id: null };
    expect(toFavorite({ ...row, created_at: 1_700_000_000_000 }).createdAt).toBe('2023-11-14T22:13:20.000Z');
    expect(toFavorite({ ...row, created_at: new Date('2026-12-01T00:00:00Z') })).toEqual({ sessionDocumentId: 's1', eventDocumentId: null, createdAt: '2026-12-01T00:00:00.000Z' });
  });
});
