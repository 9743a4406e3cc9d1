import type { Core } from '@strapi/strapi';
import { platform, type JsonValue } from '../../../platform/server/src/kit';
import { JOBS, MAIL_PURPOSES } from './constants';
import { eventPageUrl } from './domain/locale';
import { translate } from './i18n/messages';
import { getConfig, getService } from './get-service';
import { isPostgres, knexOf } from './db';
import { ensureListIndexes } from './services/list-indexes';
import { ensureClaimFunction } from './services/seat-function';

const payloadField = (payload: JsonValue, key: string): JsonValue | undefined =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload[key] : undefined;

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const { jobs } = platform(strapi);

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
      // in the language the attendee registered in (the event's title too, when it has that language)
      const { language } = record;
      const [account, event] = await Promise.all([
        getService(strapi, 'accounts').findById(record.userId),
        getService(strapi, 'events').byDocumentId(record.eventDocumentId, language),
      ]);
      if (!account || !event) return;
      const link = eventPageUrl(getConfig(strapi, 'siteUrl'), event.slug, language);
      // the outbox: one promotion mail per registration and arrival, however often this job runs
      await platform(strapi).mail.send({
        to: account.email,
        purpose: MAIL_PURPOSES.promotion,
        key: `registration:${record.id}:${record.arrival}`,
        subject: translate(language, 'mail.promoted.subject', { title: event.title }),
        text: translate(language, 'mail.promoted.text', { firstName: account.firstName, title: event.title, link }),
        locale: language,
      });
    },
    { maxAttempts: 8 },
  );

  jobs.define(
    JOBS.confirmationMail,
    async (payload) => {
      const id = payloadField(payload, 'registrationId');
      const arrival = payloadField(payload, 'arrival');
      if (typeof id === 'number' && typeof arrival === 'number') await getService(strapi, 'confirmations').send(id, arrival);
    },
    { maxAttempts: 8 },
  );

  if (isPostgres(strapi)) await ensureClaimFunction(knexOf(strapi));
  await getService(strapi, 'registrants').backfill();
  await ensureListIndexes(knexOf(strapi));
  await getService(strapi, 'consents').ensureDefault();
  const confirmations = getService(strapi, 'confirmations');
  await confirmations.prepare();
  confirmations.start();
  getService(strapi, 'pending-registrations').start();
};

export default bootstrap;
