import type { Core } from '@strapi/strapi';
import { registerGraphqlRules } from './graphql';
import { registerPublicReads } from './public-reads';
import { registerStreamNormalization } from './streams';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerPublicReads(strapi);
  registerGraphqlRules(strapi);
  registerStreamNormalization(strapi);
};

export default register;
