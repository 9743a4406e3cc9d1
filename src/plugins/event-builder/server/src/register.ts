import type { Core } from '@strapi/strapi';
import { registerGraphqlRules } from './graphql';
import { registerPublicReads } from './public-reads';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerPublicReads(strapi);
  registerGraphqlRules(strapi);
};

export default register;
