/** The module's domain decision, without Strapi. */
import { describe, expect, it } from 'vitest';
import { answerPing } from '../domain/ping';
import { localeOf, render } from '../i18n/messages';

const now = new Date('2026-12-01T09:00:00.000Z');

describe('answerPing', () => {
  it('echoes the trimmed text with the time it answered', () => {
    expect(answerPing('  привет ', { maxEchoLength: 10, now })).toEqual({ ok: true, pong: { echo: 'привет', at: '2026-12-01T09:00:00.000Z' } });
  });

  it('accepts a text of exactly the limit and refuses one character more', () => {
    expect(answerPing('a'.repeat(10), { maxEchoLength: 10, now }).ok).toBe(true);
    expect(answerPing('a'.repeat(11), { maxEchoLength: 10, now })).toEqual({ ok: false, refusal: { reason: 'echo-too-long', max: 10 } });
  });
});

describe('messages', () => {
  it('answers in the first language of Accept-Language it speaks, else Russian', () => {
    expect(localeOf('de-DE, en-US;q=0.8')).toBe('en');
    expect(localeOf('fr')).toBe('ru');
    expect(localeOf(undefined)).toBe('ru');
    expect(render('en', 'echo.too-long', { max: 5 })).toContain('5');
    expect(render('ru', 'echo.too-long', { max: 5 })).toBe('Текст длиннее 5 символов');
  });
});
