/**
 * Answers of the API in the caller's language: a controller runs its work inside `respond`, and the
 * typed errors it throws are answered in Strapi's error envelope with their text in the caller's
 * language (`?locale=`, else Accept-Language, else Russian).
 */
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { errorInLanguage, statusOf } from './errors';
import { chooseLocale, localeOfTag, type Locale } from './locale';

/**
 * The language a request is answered in: a signed-in admin's interface language (admin routes: the
 * browser's language may differ from the one the organizer chose), else `?locale=`, else
 * Accept-Language, else Russian.
 */
export function languageOf(ctx: Context): Locale {
  const preferred = (ctx.state as { user?: { preferedLanguage?: unknown } } | undefined)?.user?.preferedLanguage;
  const admin = typeof preferred === 'string' ? localeOfTag(preferred) : null;
  return admin ?? chooseLocale({ query: ctx.query.locale, acceptLanguage: ctx.get('accept-language') });
}

/** Writes a typed error as the answer, in `language`. */
export function answerError(ctx: Context, error: errors.ApplicationError<string, string, unknown>, language: Locale = languageOf(ctx)): void {
  const status = statusOf(error);
  const { message, details } = errorInLanguage(error, language);
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: error.name, message, details } };
}

/**
 * Runs a handler (given the caller's language) and answers its typed errors in Strapi's error
 * envelope, in the caller's language. The answer is written here rather than by Strapi's error
 * middleware, which would keep the Russian text; also Strapi's route authorization step turns any
 * 401/403 thrown after it into a bare "Unauthorized"/"Forbidden", and has no 409. Other errors go on (500).
 */
export async function respond(ctx: Context, work: (language: Locale) => Promise<void>): Promise<void> {
  const language = languageOf(ctx);
  ctx.vary('accept-language');
  try {
    await work(language);
  } catch (error) {
    if (!(error instanceof errors.ApplicationError)) throw error;
    answerError(ctx, error, language);
  }
}

/** A controller's handlers, each run inside `respond`: `export default withErrors({ async find(ctx) { ... } })`. */
export function withErrors<H extends Record<string, (ctx: Context) => Promise<void>>>(handlers: H): H {
  const wrapped: Record<string, (ctx: Context) => Promise<void>> = {};
  for (const [name, handler] of Object.entries(handlers)) wrapped[name] = (ctx) => respond(ctx, () => handler(ctx));
  return wrapped as H;
}
