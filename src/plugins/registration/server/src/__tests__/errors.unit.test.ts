import { errors } from '@strapi/utils';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConflictError, errorInLanguage, issuesFromZod, localized, parseOrThrow, validationError } from '../errors';
import { message } from '../i18n/messages';

describe('errors in the caller’s language', () => {
  it('are thrown in Russian, and answered in either language with the same details', () => {
    const error = localized(ConflictError, message('register.full'), { reason: 'full' });
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('Свободных мест нет, а лист ожидания на этом событии не ведётся');
    expect(errorInLanguage(error, 'ru')).toEqual({ message: error.message, details: { reason: 'full' } });
    expect(errorInLanguage(error, 'en')).toEqual({ message: 'There are no seats left and this event has no waitlist', details: { reason: 'full' } });
  });

  it('word every field of a validation error, keeping paths and names', () => {
    const error = validationError([
      { path: ['answers', 'email'], message: message('answer.bad-email', { label: 'Email' }) },
      { path: ['consent'], message: message('register.consent-required') },
    ]);
    expect(error.message).toBe('answers.email: «Email»: проверьте адрес почты; consent: Нужно согласие на обработку персональных данных');
    expect(errorInLanguage(error, 'ru')).toEqual({ message: error.message, details: error.details });
    expect(errorInLanguage(error, 'en')).toEqual({
      message: 'answers.email: “Email”: please check the email address; consent: Consent to the processing of personal data is required',
      details: {
        errors: [
          { path: ['answers', 'email'], message: '“Email”: please check the email address', name: 'ValidationError' },
          { path: ['consent'], message: 'Consent to the processing of personal data is required', name: 'ValidationError' },
        ],
      },
    });
    expect(validationError([]).message).toBe('Неверные данные');
    expect(errorInLanguage(validationError([]), 'en').message).toBe('Invalid data');
  });

  it('tell a value of the wrong type from a missing one', () => {
    const schema = z.strictObject({ age: z.number(), name: z.string() });
    const issuesOf = (input: unknown, locale: 'ru' | 'en') => {
      try {
        parseOrThrow(schema, input);
      } catch (error) {
        const { details } = errorInLanguage(error as errors.ValidationError, locale) as { details: { errors: Array<{ path: string[]; message: string }> } };
        return Object.fromEntries(details.errors.map((issue) => [issue.path.join('.'), issue.message]));
      }
      throw new Error('must fail');
    };
    expect(issuesOf({ age: 'семнадцать' }, 'ru')).toEqual({ age: 'Неверный тип: ожидается число', name: 'Обязательное поле' });
    expect(issuesOf({ age: 17, name: ['a'] }, 'en')).toEqual({ name: 'Wrong type: text expected' });
  });

  it('leave errors from elsewhere as they are', () => {
    const error = new errors.NotFoundError('Not here', { why: 'gone' });
    expect(errorInLanguage(error, 'en')).toEqual({ message: 'Not here', details: { why: 'gone' } });
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
});
