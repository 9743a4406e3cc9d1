import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import { ConflictError, errorInLanguage, localized, validationError } from '../errors';
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

  it('leave errors from elsewhere as they are', () => {
    const error = new errors.NotFoundError('Not here', { why: 'gone' });
    expect(errorInLanguage(error, 'en')).toEqual({ message: 'Not here', details: { why: 'gone' } });
  });

});
