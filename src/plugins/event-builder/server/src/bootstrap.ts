import type { Core } from '@strapi/strapi';
import { registerOrganizerAccounts } from './rbac/accounts';
import { registerOrganizerConditions } from './rbac/conditions';
import { registerOrganizerWrites } from './rbac/document-guard';
import { syncOrganizerRoles } from './rbac/roles';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // The roles themselves are synced by the app's bootstrap (organizers.syncRoles): Strapi sets up
  // the admin's actions, conditions and Super Admin after the plugins' bootstraps. The conditions
  // must exist before then (a permission naming an unknown condition loses it).
  await registerOrganizerConditions(strapi);
  // a content locale added or removed: the roles' permissions name every locale
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    afterCreate: async () => void (await syncOrganizerRoles(strapi)),
    afterDelete: async () => void (await syncOrganizerRoles(strapi)),
  });
  registerOrganizerWrites(strapi);
  registerOrganizerAccounts(strapi);
};

export default bootstrap;
