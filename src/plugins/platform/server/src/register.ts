import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // the jobs of domain events and of the mail outbox; other job handlers and subscriptions belong to the plugins that own them
  getService(strapi, 'events').defineJobs();
  getService(strapi, 'mail').defineJobs();
};

export default register;
