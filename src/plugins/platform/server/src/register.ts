import type { Core } from '@strapi/strapi';
import type { EventsService } from './services/events';
import type { MailService } from './services/mail';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // the jobs of domain events and of the mail outbox; other job handlers and subscriptions belong to the plugins that own them
  (strapi.plugin('platform').service('events') as EventsService).defineJobs();
  (strapi.plugin('platform').service('mail') as MailService).defineJobs();
};

export default register;
