import type { Core } from '@strapi/strapi';
import { registerCalendarPermission } from './calendar/permission';
import { registerEventDefaults } from './defaults';
import { registerGraphqlRules } from './graphql';
import { registerPublicReads } from './public-reads';
import { registerContentManagerGuards } from './rbac/content-manager-guard';
import { registerMediaGuards } from './rbac/media-guard';
import { registerStreamNormalization } from './streams';
import { registerUrlFieldChecks } from './url-fields';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerCalendarPermission(strapi);
  registerPublicReads(strapi);
  registerGraphqlRules(strapi);
  registerUrlFieldChecks(strapi);
  registerStreamNormalization(strapi);
  registerEventDefaults(strapi);
  registerContentManagerGuards(strapi);
  registerMediaGuards(strapi);
};

export default register;
