/**
 * The organizer roles of the event space (client administrator, event administrator, event manager),
 * kept in their definition (domain/roles.ts). Who organizes which event, for every module, is the
 * platform's: `platform(strapi).access` (levelFor, assertCanAccessEvent, eventFilter ...).
 */
import type { Core } from '@strapi/strapi';
import type { RoleCode } from '../domain/roles';
import { syncOrganizerRoles } from './roles';

const organizers = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the organizer roles when missing and brings them to their definition. Called by the
   * app's bootstrap, after Strapi's admin has registered its actions and conditions and made the
   * Super Admin role.
   */
  async syncRoles(): Promise<Record<RoleCode, number>> {
    return syncOrganizerRoles(strapi);
  },
});

export type OrganizersService = ReturnType<typeof organizers>;
export default organizers;
