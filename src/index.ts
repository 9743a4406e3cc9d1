import type { Core } from '@strapi/strapi';
import { publicReadActions } from './public-permissions';

/** Paths of the public APIs, where only published content may be read. */
const isPublicApiPath = (path: string) => path.startsWith('/api/') || path === '/graphql' || path.startsWith('/graphql/');

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Drafts never reach the public: the content API answers `?status=draft` with drafts otherwise.
    // Only a server-side API token (the site's preview) may read them.
    strapi.documents.use(async (context, next) => {
      const ctx = strapi.requestContext.get();
      if (ctx && isPublicApiPath(ctx.path)) {
        const strategy = (ctx.state?.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name;
        if (strategy !== 'api-token' && ['findMany', 'findFirst', 'findOne', 'count'].includes(context.action)) {
          const params = context.params as { status?: string };
          params.status = 'published';
        }
      }
      return next();
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
  },
};

/** Lets anonymous and signed-in visitors read the published event space (idempotent). */
async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  for (const role of roles as Array<{ id: number }>) {
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $in: publicReadActions } } });
    const have = new Set((existing as Array<{ action: string }>).map((permission) => permission.action));
    for (const action of publicReadActions) {
      if (!have.has(action)) {
        await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
      }
    }
  }
}
