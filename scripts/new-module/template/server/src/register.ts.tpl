/**
 * Before bootstrap: the module's admin actions (so roles can be granted them on the Roles page), and
 * (as it grows) domain-event subscriptions, document-service middleware and job handlers.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

interface AdminAction {
  section: 'plugins';
  displayName: string;
  uid: string;
  pluginName: string;
}

interface ActionProvider {
  registerMany(actions: readonly AdminAction[]): Promise<unknown>;
  has(actionId: string): boolean;
}

/** Becomes `plugin::{{id}}.read` (ACTIONS.read). The Roles page shows displayName (Russian first). */
const ADMIN_ACTIONS: readonly AdminAction[] = [{ section: 'plugins', displayName: 'Просматривать', uid: 'read', pluginName: PLUGIN_ID }];

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  // the action registry lives as long as the process: a second Strapi in it (tests) must not register twice
  const missing = ADMIN_ACTIONS.filter((action) => !actionProvider.has(`plugin::${action.pluginName}.${action.uid}`));
  if (missing.length > 0) await actionProvider.registerMany(missing);
};

export default register;
