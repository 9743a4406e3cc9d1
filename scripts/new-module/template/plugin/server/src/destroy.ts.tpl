/** On shutdown: stop what bootstrap started (timers, subscriptions), so tests and restarts end cleanly. */
import type { Core } from '@strapi/strapi';

const destroy = async (_context: { strapi: Core.Strapi }) => {};

export default destroy;
