import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'confirmations').stop();
  await getService(strapi, 'pending-registrations').stop();
};

export default destroy;
