/** After every plugin registered: start what runs (timers, job workers), grant roles, warm caches. */
import type { Core } from '@strapi/strapi';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.log.debug('[{{id}}] ready');
};

export default bootstrap;
