import type { Core } from '@strapi/strapi';
import type { BusService } from './services/bus';
import type { JobsService } from './services/jobs';
import type { LiveService } from './services/live';
import type { RedisConnections } from './services/redis-connections';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = strapi.plugin('platform');
  (plugin.service('live') as LiveService).closeAll();
  await (plugin.service('jobs') as JobsService).stop();
  await (plugin.service('bus') as BusService).close();
  await (plugin.service('redis-connections') as RedisConnections).closeAll();
};

export default destroy;
