import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { isFeedToken } from '../domain/favorites';
import { getService } from '../get-service';

const feeds = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/engagement/feeds/:token?locale=: the favorite sessions of the token's owner, for
   * calendar apps that cannot sign in. The request then reads as that owner: the public read rules
   * show exactly the sessions they may see now.
   */
  async show(ctx: Context) {
    const token = (ctx.params as { token?: string }).token;
    const service = getService(strapi, 'favorites');
    const owner = isFeedToken(token) ? await service.ownerOfFeed(token) : null;
    if (!owner) throw new errors.NotFoundError('Календарь не найден');
    (ctx.state as { user?: unknown }).user = owner;
    const locale = ctx.query.locale === 'en' ? 'en' : undefined;
    const sessions = await service.sessionsOf(await service.listForUser(owner.id), locale);
    ctx.set('cache-control', 'private, no-store');
    ctx.body = { data: { sessions } };
  },
});

export default feeds;
