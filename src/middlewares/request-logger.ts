/**
 * `global::request-logger`, in place of `strapi::logger`: one line per request, as Strapi writes it,
 * but with the URL as it may be logged (cms/src/redact.ts): query values masked unless known to be
 * harmless, secrets in the path (a calendar feed's token) and email addresses masked.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { redactUrl } from '../../cms/src/redact';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${redactUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
    }
  };
