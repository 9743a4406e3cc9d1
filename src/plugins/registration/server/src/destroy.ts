import type { Core } from '@strapi/strapi';
import { getService } from './utils';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'confirmations').stop();
};

export default destroy;
