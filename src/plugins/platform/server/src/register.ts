import type { Core } from '@strapi/strapi';

const register = (_context: { strapi: Core.Strapi }) => {
  // Job handlers and bus subscriptions are defined by the plugins that own them.
};

export default register;
