/** After every plugin registered: grants to roles, then what runs (timers, caches). Idempotent. */
import type { Core } from '@strapi/strapi';
import { AUTHENTICATED_ACTIONS } from './constants';

const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Signed-in attendees may call the note routes (each answers only for its caller). */
async function grantAuthenticated(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
  if (!role) return;
  const granted = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id, action: { $in: [...AUTHENTICATED_ACTIONS] } } })) as Array<{ action: string }>;
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of AUTHENTICATED_ACTIONS.filter((candidate) => !have.has(candidate))) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
}

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await grantAuthenticated(strapi);
};

export default bootstrap;
