import type { Core } from '@strapi/strapi';
import { registerCalendarPermission } from './calendar/permission';
import { registerEventDefaults } from './documents/defaults';
import { registerUrlFieldChecks } from './documents/url-fields';
import { registerGraphqlRules } from './privacy/graphql';
import { registerPublicReads } from './privacy/public-reads';
import { registerContentManagerGuards } from './rbac/content-manager-guard';
import { registerMediaGuards } from './rbac/media-guard';
import { registerStreamNormalization } from './streams/normalize';

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
