import type { Core } from '@strapi/strapi';
import { AUTHENTICATED_ACTIONS, FAVORITES_TABLE, FEED_TOKENS_TABLE, USER_UID } from './constants';
import { ensureTables } from './database';

/** Signed-in attendees may call the favorites routes (each answers only for its caller). Idempotent. */
async function grantAuthenticated(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
  if (!role) return;
  const existing = (await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id, action: { $in: [...AUTHENTICATED_ACTIONS] } } })) as Array<{ action: string }>;
  const have = new Set(existing.map((permission) => permission.action));
  for (const action of AUTHENTICATED_ACTIONS) {
    if (!have.has(action)) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureTables(strapi);
  await grantAuthenticated(strapi);
  // a deleted account takes its favorites and its feed with it (personal data)
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterDelete(event) {
      const id = (event.result as { id?: number } | undefined)?.id;
      if (typeof id !== 'number') return;
      await strapi.db.connection(FAVORITES_TABLE).where({ user_id: id }).delete();
      await strapi.db.connection(FEED_TOKENS_TABLE).where({ user_id: id }).delete();
    },
  });
};

export default bootstrap;
