/**
 * The kit's request validation and errors in the caller's language: zod's issues in words a person
 * understands, a 400 naming each field, texts of a module's catalog, the language of a request.
 */
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { chooseLocale, defineMessages, errorInLanguage, httpError, issuesFromZod, requestText, validate, validationError } from '../kit';

describe('request validation and errors in the caller\'s language', () => {
  it('tell a value of the wrong type from a missing one', () => {
    const schema = z.strictObject({ age: z.number(), name: z.string() });
    const issuesOf = (input: unknown, locale: 'ru' | 'en') => {
      try {
        validate(schema, input);
      } catch (error) {
        const { details } = errorInLanguage(error as errors.ValidationError, locale) as { details: { errors: Array<{ path: string[]; message: string }> } };
        return Object.fromEntries(details.errors.map((issue) => [issue.path.join('.'), issue.message]));
      }
      throw new Error('must fail');
    };
    expect(issuesOf({ age: 'семнадцать' }, 'ru')).toEqual({ age: 'Неверный тип: ожидается число', name: 'Обязательное поле' });
    expect(issuesOf({ age: 17, name: ['a'] }, 'en')).toEqual({ name: 'Wrong type: text expected' });
  });

  it("turn zod's issues into the attendee's words", () => {
    const schema = z.strictObject({ email: z.email(), age: z.number(), name: z.string().max(3), code: z.string().regex(/^\d+$/) });
    const result = schema.safeParse({ email: 'x', name: 'long', code: 'a', extra: 1 });
    if (result.success) throw new Error('must fail');
    const error = validationError(issuesFromZod(result.error, ['body']));
    const { details } = errorInLanguage(error, 'en') as { details: { errors: Array<{ path: string[]; message: string }> } };
    expect(Object.fromEntries(details.errors.map((issue) => [issue.path.join('.'), issue.message]))).toEqual({
      'body.extra': 'Unknown field',
      'body.email': 'Please check the email address',
      'body.age': 'Required field',
      'body.name': 'Value too long (at most 3)',
      'body.code': 'Invalid format',
    });
    const russian = error.details as { errors: Array<{ message: string }> };
    expect(russian.errors.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['Неизвестное поле', 'Проверьте адрес почты', 'Обязательное поле', 'Слишком длинное значение (не больше 3)', 'Неверный формат']),
    );
  });
  it('names the expected type of a value in words', () => {
    expect(requestText.render('ru', 'request.wrong-type', { expected: 'number' })).toBe('Неверный тип: ожидается число');
    expect(requestText.render('en', 'request.wrong-type', { expected: 'number' })).toBe('Wrong type: number expected');
  });


  it("words a module's texts in either language, and answers each status of the family", () => {
    const t = defineMessages<{ 'thing.not-found': void; 'thing.too-many': { max: number } }>({
      ru: { 'thing.not-found': () => 'Не найдено', 'thing.too-many': ({ max }) => `Не больше ${max}` },
      en: { 'thing.not-found': () => 'Not found', 'thing.too-many': ({ max }) => `At most ${max}` },
    });
    const error = httpError.notFound(t('thing.not-found'));
    expect(error).toBeInstanceOf(errors.NotFoundError);
    expect(error.message).toBe('Не найдено');
    expect(errorInLanguage(error, 'en').message).toBe('Not found');
    expect(errorInLanguage(httpError.tooMany(t('thing.too-many', { max: 3 })), 'en').message).toBe('At most 3');
    expect(t.render('ru', 'thing.too-many', { max: 5 })).toBe('Не больше 5');
    expect(httpError.conflict(t('thing.not-found')).name).toBe('ConflictError');
    expect(httpError.gone(t('thing.not-found')).name).toBe('GoneError');
  });

  it('lets a refinement say its own text', () => {
    const t = defineMessages<{ 'nothing-to-change': void }>({ ru: { 'nothing-to-change': () => 'Нечего менять' }, en: { 'nothing-to-change': () => 'Nothing to change' } });
    const schema = z.strictObject({ a: z.number().optional() }).refine((body) => body.a !== undefined, { params: { text: t('nothing-to-change') } });
    try {
      validate(schema, {});
      throw new Error('must fail');
    } catch (error) {
      expect(errorInLanguage(error as errors.ValidationError, 'en').message).toBe('body: Nothing to change');
    }
  });

  it('answers in the language asked for: ?locale=, else Accept-Language, else Russian', () => {
    expect(chooseLocale({ query: 'en', acceptLanguage: 'ru' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'de-DE, en;q=0.8, ru;q=0.5' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'de' })).toBe('ru');
    expect(chooseLocale({})).toBe('ru');
  });
});
