import type { Core } from '@strapi/strapi';
import { installTextSearch } from './database/text-search';
import { getConfig, getService } from './get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = getService(strapi, 'jobs');
  await installTextSearch(strapi);
  await jobs.start();
  strapi.log.info(`[platform] jobs: ${jobs.kind()} adapter; bus: ${getConfig(strapi, 'redisUrl') ? 'redis' : 'in-process'}`);
};

export default bootstrap;
