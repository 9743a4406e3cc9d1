/** HTTP only: validate the request, call one service, shape the answer. Errors in the caller's language. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getService } from '../get-service';
import { localeOf, render } from '../i18n/messages';

type Context = Parameters<Core.MiddlewareHandler>[0];

const pingQuery = z.strictObject({ echo: z.string().optional() });

const ping = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/{{id}}/ping?echo=...: public. */
  async answer(ctx: Context) {
    const locale = localeOf(ctx.get('accept-language'));
    const query = pingQuery.safeParse(ctx.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      // an unknown parameter is named by the issue's keys, a wrong one by its path
      const field = String((issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0]) ?? 'query');
      throw new errors.ValidationError(render(locale, 'request.invalid', { field }), { errors: [{ path: [field], name: 'ValidationError' }] });
    }
    const result = getService(strapi, 'ping').answer(query.data.echo ?? '');
    if (!result.ok) {
      throw new errors.ValidationError(render(locale, 'echo.too-long', { max: result.refusal.max }), { errors: [{ path: ['echo'], name: 'ValidationError' }] });
    }
    ctx.body = { data: result.pong };
  },

  /** GET /{{id}}/overview: admin, with the module's read permission. */
  async overview(ctx: Context) {
    ctx.body = { data: getService(strapi, 'ping').overview() };
  },
});

export default ping;
