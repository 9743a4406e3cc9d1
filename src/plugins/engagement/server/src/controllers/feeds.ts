import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { httpError, withErrors } from '../../../../platform/server/src/kit';
import { isFeedToken } from '../domain/favorites';
import { getService } from '../get-service';
import { t } from '../i18n/messages';

const feeds = ({ strapi }: { strapi: Core.Strapi }) =>
  withErrors({
    /**
     * GET /api/engagement/feeds/:token?locale=: the favorite sessions of the token's owner, for
     * calendar apps that cannot sign in. The request then reads as that owner: the public read rules
     * show exactly the sessions they may see now.
     */
    async show(ctx: Context) {
      const token = (ctx.params as { token?: string }).token;
      const service = getService(strapi, 'favorites');
      const owner = isFeedToken(token) ? await service.ownerOfFeed(token) : null;
      if (!owner) throw httpError.notFound(t('feed.not-found'));
      (ctx.state as { user?: unknown }).user = owner;
      const locale = ctx.query.locale === 'en' ? 'en' : undefined;
      const sessions = await service.sessionsOf(await service.listForUser(owner.id), locale);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = { data: { sessions } };
    },
  });

export default feeds;
