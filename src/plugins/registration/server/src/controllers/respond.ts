import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { chooseLocale, type Locale } from '../domain/locale';
import { ConflictError, errorInLanguage, GoneError } from '../errors';

/** Statuses of the typed errors, as Strapi's error middleware gives them (any other typed error is a 400). */
const STATUS: Array<[new (...args: never[]) => errors.ApplicationError<string>, number]> = [
  [ConflictError, 409],
  [GoneError, 410],
  [errors.UnauthorizedError, 401],
  [errors.ForbiddenError, 403],
  [errors.NotFoundError, 404],
  [errors.PayloadTooLargeError, 413],
  [errors.RateLimitError, 429],
  [errors.NotImplementedError, 501],
];

/** The language a request is answered in: `?locale=`, else Accept-Language, else Russian. */
export function languageOf(ctx: Context): Locale {
  return chooseLocale({ query: ctx.query.locale, acceptLanguage: ctx.get('accept-language') });
}

/**
 * Runs a handler (given the caller's language) and answers its typed errors in Strapi's error
 * envelope, with the message in the caller's language. The answer is written here rather than by
 * Strapi's error middleware, which would keep the Russian text; also Strapi's route authorization
 * step turns any 401/403 thrown after it into a bare "Unauthorized"/"Forbidden", and has no 409.
 */
export async function respond(ctx: Context, work: (language: Locale) => Promise<void>): Promise<void> {
  const language = languageOf(ctx);
  ctx.vary('accept-language');
  try {
    await work(language);
  } catch (error) {
    if (!(error instanceof errors.ApplicationError)) throw error;
    const status = STATUS.find(([type]) => error instanceof type)?.[1] ?? 400;
    const { message, details } = errorInLanguage(error, language);
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: error.name, message, details } };
  }
}
