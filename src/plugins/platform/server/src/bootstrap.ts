import type { Core } from '@strapi/strapi';
import type { JobsService } from './services/jobs';
import { installTextSearch } from './database/text-search';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = strapi.plugin('platform').service('jobs') as JobsService;
  await installTextSearch(strapi);
  await jobs.start();
  strapi.log.info(`[platform] jobs: ${jobs.kind()} adapter; bus: ${strapi.plugin('platform').config('redisUrl') ? 'redis' : 'in-process'}`);
};

export default bootstrap;
