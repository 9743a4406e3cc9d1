/** The module's domain decision and its texts, without Strapi. */
import { describe, expect, it } from 'vitest';
import { noteFrom } from '../domain/note';
import { t } from '../i18n/messages';

const now = new Date('2026-12-01T09:00:00.000Z');

describe('noteFrom', () => {
  it('keeps the trimmed text with the time it was saved', () => {
    expect(noteFrom('  взять паспорт ', { maxLength: 20, now })).toEqual({ ok: true, note: { text: 'взять паспорт', updatedAt: '2026-12-01T09:00:00.000Z' } });
  });

  it('accepts a note of exactly the limit and refuses one character more', () => {
    expect(noteFrom('a'.repeat(10), { maxLength: 10, now }).ok).toBe(true);
    expect(noteFrom('a'.repeat(11), { maxLength: 10, now })).toEqual({ ok: false, refusal: { reason: 'note.too-long', max: 10 } });
  });

  it('refuses an empty or blank note', () => {
    expect(noteFrom(' \n ', { maxLength: 10, now })).toEqual({ ok: false, refusal: { reason: 'note.empty' } });
  });
});

describe('messages', () => {
  it('says each refusal in Russian and in English', () => {
    expect(t.render('ru', 'note.too-long', { max: 5 })).toBe('Заметка длиннее 5 символов');
    expect(t.render('en', 'note.too-long', { max: 5 })).toBe('The note is longer than 5 characters');
    expect(t('note.empty').render('en')).toBe('The note is empty');
  });
});
