import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'live').closeAll();
  await getService(strapi, 'jobs').stop();
  await getService(strapi, 'bus').close();
  await getService(strapi, 'redis-connections').closeAll();
};

export default destroy;
