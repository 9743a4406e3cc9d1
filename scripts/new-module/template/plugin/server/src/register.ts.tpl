/**
 * Before bootstrap, on every instance: the module's admin actions (so roles can be granted them on
 * the Roles page), its part of the personal-data registry, its subscriptions to domain events.
 */
import type { Core } from '@strapi/strapi';
import { platform } from '../../../platform/server/src/kit';
import { PLUGIN_ID, SUBSCRIBER_ID } from './constants';
import { getService } from './get-service';

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

  // what it keeps about a person: in the cabinet's export, and erased with the account
  const kit = platform(strapi);
  kit.personalData.register({
    module: PLUGIN_ID,
    export: (userId) => getService(strapi, 'notes').dataOf(userId),
    erase: (userId, { trx }) => getService(strapi, 'notes').forgetUser(userId, trx),
  });

  // what it reacts to (names and payloads: cms/src/events.ts): delivered once per subscriber, on any
  // instance, retried when the handler throws
  kit.events.subscribe(SUBSCRIBER_ID, ['registration.created'], (event) =>
    getService(strapi, 'welcome').registered(event.payload.registrationId, event.payload.userId),
  );
};

export default register;
