import type { Core } from '@strapi/strapi';
import { registerEventDefaults } from './defaults';
import { registerGraphqlRules } from './graphql';
import { registerPublicReads } from './public-reads';
import { registerContentManagerGuards } from './rbac/content-manager-guard';
import { registerMediaGuards } from './rbac/media-guard';
import { registerStreamNormalization } from './streams';
import { registerUrlFieldChecks } from './url-fields';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerPublicReads(strapi);
  registerGraphqlRules(strapi);
  registerUrlFieldChecks(strapi);
  registerStreamNormalization(strapi);
  registerEventDefaults(strapi);
  registerContentManagerGuards(strapi);
  registerMediaGuards(strapi);
};

export default register;
