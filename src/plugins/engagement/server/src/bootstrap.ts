import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { AUTHENTICATED_ACTIONS, USER_UID } from './constants';
import { getService } from './get-service';

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
  await grantAuthenticated(strapi);
  // an account deleted by other means than the cabinet's erasure (an administrator) takes its
  // favorites and its feed with it; inside a transaction (the erasure's), in that transaction
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterDelete(event) {
      const id = (event.result as { id?: number } | undefined)?.id;
      if (typeof id !== 'number') return;
      await strapi.db.transaction(({ trx }) => getService(strapi, 'favorites').forgetUser(id, trx as unknown as Knex.Transaction));
    },
  });
};

export default bootstrap;
