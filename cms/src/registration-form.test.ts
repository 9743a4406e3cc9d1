/** The answer rules the registration API enforces and the site checks before sending (one copy). */
import { describe, expect, it } from 'vitest';
import { checkAnswer, hasMarkup, isIsoDate, normalizePhone, normalizeWebLink, PROFILE_FIELDS, PROFILE_KEYS, textLimitOf, type AnswerField } from './registration-form';

const field = (type: AnswerField['type'], extra: Partial<AnswerField> = {}): AnswerField => ({ key: 'q', type, source: 'event', options: [], ...extra });
const options = [{ value: 'Физика' }, { value: 'Химия' }];

describe('the answer of one field', () => {
  it('keeps text trimmed, within the limit of its type or profile field, without markup', () => {
    expect(checkAnswer(field('text'), '  Привет ')).toEqual({ ok: true, value: 'Привет' });
    expect(checkAnswer(field('text'), 'а'.repeat(501))).toEqual({ ok: false, problem: { code: 'too-long', max: 500 } });
    expect(checkAnswer(field('long-text'), 'а'.repeat(5000))).toEqual({ ok: true, value: 'а'.repeat(5000) });
    expect(checkAnswer(field('text', { key: 'city', source: 'profile' }), 'а'.repeat(101))).toEqual({ ok: false, problem: { code: 'too-long', max: 100 } });
    expect(checkAnswer(field('text'), '<b>жирный</b>')).toEqual({ ok: false, problem: { code: 'markup' } });
    expect(checkAnswer(field('text'), 42)).toEqual({ ok: false, problem: { code: 'expect-text' } });
  });

  it('normalizes emails, phone numbers and links, and refuses what is not one', () => {
    expect(checkAnswer(field('email'), ' Anna@Uni.TEST ')).toEqual({ ok: true, value: 'anna@uni.test' });
    expect(checkAnswer(field('email'), 'anna@')).toEqual({ ok: false, problem: { code: 'bad-email' } });
    expect(checkAnswer(field('phone'), '8 (900) 123-45-67')).toEqual({ ok: true, value: '+79001234567' });
    expect(checkAnswer(field('phone'), '12-34')).toEqual({ ok: false, problem: { code: 'bad-phone' } });
    expect(checkAnswer(field('link'), 'https://uni.test')).toEqual({ ok: true, value: 'https://uni.test/' });
    expect(checkAnswer(field('link'), 'ftp://uni.test')).toEqual({ ok: false, problem: { code: 'bad-link' } });
    expect(checkAnswer(field('link'), 'javascript:alert(1)')).toEqual({ ok: false, problem: { code: 'markup' } });
  });

  it('takes numbers, dates that exist, options of the field and yes or no', () => {
    expect(checkAnswer(field('number'), 17.5)).toEqual({ ok: true, value: 17.5 });
    expect(checkAnswer(field('number'), '17')).toEqual({ ok: false, problem: { code: 'expect-number' } });
    expect(checkAnswer(field('number'), Number.NaN)).toEqual({ ok: false, problem: { code: 'expect-number' } });
    expect(checkAnswer(field('date'), '2008-02-29')).toEqual({ ok: true, value: '2008-02-29' });
    expect(checkAnswer(field('date'), '2007-02-29')).toEqual({ ok: false, problem: { code: 'bad-date' } });
    expect(checkAnswer(field('single-choice', { options }), 'Химия')).toEqual({ ok: true, value: 'Химия' });
    expect(checkAnswer(field('single-choice', { options }), 'Биология')).toEqual({ ok: false, problem: { code: 'choose-one' } });
    expect(checkAnswer(field('multiple-choice', { options }), ['Физика', 'Химия'])).toEqual({ ok: true, value: ['Физика', 'Химия'] });
    expect(checkAnswer(field('multiple-choice', { options }), ['Физика', 'Физика'])).toEqual({ ok: false, problem: { code: 'choose-from-list' } });
    expect(checkAnswer(field('multiple-choice', { options }), 'Физика')).toEqual({ ok: false, problem: { code: 'expect-list' } });
    expect(checkAnswer(field('checkbox'), false)).toEqual({ ok: true, value: false });
    expect(checkAnswer(field('checkbox'), 'yes')).toEqual({ ok: false, problem: { code: 'expect-yes-no' } });
    expect(checkAnswer(field('file'), 'cv.pdf')).toEqual({ ok: false, problem: { code: 'file-as-part' } });
  });
});

describe('the pieces of the rules', () => {
  it('knows every profile field with its limit', () => {
    expect(Object.keys(PROFILE_FIELDS).sort()).toEqual([...PROFILE_KEYS].sort());
    expect(textLimitOf({ key: 'organization', type: 'text', source: 'profile' })).toBe(300);
    expect(textLimitOf({ key: 'organization', type: 'text', source: 'event' })).toBe(500);
    expect(textLimitOf({ key: 'x', type: 'number', source: 'event' })).toBe(500);
  });

  it('finds markup, phone numbers, dates and web links', () => {
    expect(hasMarkup('a < b')).toBe(false);
    expect(hasMarkup('data:text/html,<p>')).toBe(true);
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('89001234567')).toBe('+79001234567');
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(normalizeWebLink('portfolio.example')).toBeNull();
  });
});
