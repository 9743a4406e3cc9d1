import type { Core } from '@strapi/strapi';
import type { JsonValue } from '../../../platform/server/src/queue/types';
import { JOBS } from './constants';
import { getConfig, getService, isPostgres, knexOf } from './utils';
import { ensureClaimFunction } from './services/seat-function';

interface JobsService {
  define(name: string, handler: (payload: JsonValue) => Promise<void> | void, retry?: { maxAttempts?: number }): void;
}

interface EmailService {
  send(options: { to: string; subject: string; text: string }): Promise<unknown>;
}

const payloadField = (payload: JsonValue, key: string): JsonValue | undefined =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload[key] : undefined;

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = strapi.plugin('platform').service('jobs') as JobsService;

  jobs.define(JOBS.promote, async (payload) => {
    const eventDocumentId = payloadField(payload, 'eventDocumentId');
    if (typeof eventDocumentId === 'string') await getService(strapi, 'registrations').promote(eventDocumentId);
  });

  jobs.define(
    JOBS.promotedMail,
    async (payload) => {
      const id = payloadField(payload, 'registrationId');
      if (typeof id !== 'number') return;
      const record = await getService(strapi, 'registrations').byId(id);
      if (!record || record.status !== 'registered' || record.userId === null) return;
      const [account, event] = await Promise.all([
        getService(strapi, 'accounts').findById(record.userId),
        getService(strapi, 'events').byDocumentId(record.eventDocumentId),
      ]);
      if (!account || !event) return;
      const siteUrl = getConfig(strapi, 'siteUrl').replace(/\/+$/, '');
      const link = siteUrl ? `\n\nСтраница события: ${siteUrl}/events/${event.slug}` : '';
      await (strapi.plugin('email').service('email') as EmailService).send({
        to: account.email,
        subject: `Место освободилось: вы зарегистрированы на «${event.title}»`,
        text: `Здравствуйте${account.firstName ? `, ${account.firstName}` : ''}!\n\nНа событии «${event.title}» освободилось место, и вы были первым в листе ожидания. Теперь вы зарегистрированы.${link}\n\nЕсли планы изменились, отмените регистрацию в личном кабинете, чтобы место досталось следующему.`,
      });
    },
    { maxAttempts: 8 },
  );

  if (isPostgres(strapi)) await ensureClaimFunction(knexOf(strapi));
  await getService(strapi, 'consents').ensureDefault();
};

export default bootstrap;
