import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { favoritesQuerySchema } from '../../../../../../cms/src/favorites';
import { httpError, validate, withErrors } from '../../../../platform/server/src/kit';
import { isDocumentId } from '../domain/favorites';
import { getService } from '../get-service';
import { t } from '../i18n/messages';

interface AuthState {
  user?: { id: number };
}

function userOf(ctx: Context): number {
  const user = (ctx.state as AuthState).user;
  if (!user?.id) throw httpError.unauthorized(t('favorites.sign-in'));
  return user.id;
}

function sessionIdOf(ctx: Context): string {
  const id = (ctx.params as { sessionDocumentId?: string }).sessionDocumentId;
  if (!isDocumentId(id)) throw httpError.notFound(t('session.not-found'));
  return id;
}

const favoritesController = ({ strapi }: { strapi: Core.Strapi }) =>
  withErrors({
    /** GET /api/engagement/favorites?event=&details=true&locale= */
    async find(ctx: Context) {
      const userId = userOf(ctx);
      const query = validate(favoritesQuerySchema, ctx.query);
      const service = getService(strapi, 'favorites');
      const items = await service.listForUser(userId, { eventDocumentId: query.event });
      ctx.set('cache-control', 'private, no-store');
      if (query.details === 'true') {
        ctx.body = { data: items, sessions: await service.sessionsOf(items, query.locale) };
      } else {
        ctx.body = { data: items };
      }
    },

    /** PUT /api/engagement/favorites/:sessionDocumentId */
    async add(ctx: Context) {
      const userId = userOf(ctx);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = { data: await getService(strapi, 'favorites').add(userId, sessionIdOf(ctx)) };
    },

    /** DELETE /api/engagement/favorites/:sessionDocumentId */
    async remove(ctx: Context) {
      const userId = userOf(ctx);
      await getService(strapi, 'favorites').remove(userId, sessionIdOf(ctx));
      ctx.status = 204;
    },

    /** GET /api/engagement/favorites/feed: the secret of the user's calendar feed. */
    async feedToken(ctx: Context) {
      const userId = userOf(ctx);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = { data: { token: await getService(strapi, 'favorites').feedToken(userId) } };
    },

    /** POST /api/engagement/favorites/feed: a new secret; the old feed URL stops working. */
    async rotateFeedToken(ctx: Context) {
      const userId = userOf(ctx);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = { data: { token: await getService(strapi, 'favorites').feedToken(userId, true) } };
    },
  });

export default favoritesController;
