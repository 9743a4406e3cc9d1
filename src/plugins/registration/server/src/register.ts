import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateFormDefinition, type RawField } from './domain/form';
import { validationError } from './errors';
import { CONSENT_TEXT_UID, EVENT_UID, JOBS, PARTNER_LINK_UID, PLUGIN_ID, REGISTRATION_UID } from './constants';
import { getService } from './get-service';
import { REGISTRATION_ACCESS, REGISTRANT_STATUSES } from './domain/access';
import { isRecord, platform } from '../../../platform/server/src/kit';

/** Rules that guard the plugin's content whoever edits it (admin, API, scripts): document service middleware. */
const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // registrations, consents, partner links and registrants under the organizer roles; the module's own admin actions
  const access = platform(strapi).access;
  access.declare(REGISTRATION_ACCESS);
  await access.registerActions();
  access.provideAttendance({
    isRegistered: (userId, eventDocumentId) => getService(strapi, 'registrations').isRegistered(userId, eventDocumentId),
    async registrantsOf(eventDocumentIds) {
      const rows = (await strapi.db.query(REGISTRATION_UID).findMany({
        where: { eventDocumentId: { $in: [...eventDocumentIds] }, status: { $in: [...REGISTRANT_STATUSES] }, userId: { $notNull: true } },
        select: ['userId'],
      })) as Array<{ userId: number | string }>;
      return [...new Set(rows.map((row) => Number(row.userId)))];
    },
  });

  // what the plugin keeps about a person: in the cabinet's export, and gone with the account
  platform(strapi).personalData.register({
    module: PLUGIN_ID,
    export: (userId) => getService(strapi, 'cabinet').ownData(userId),
    erase: (userId, { trx }) => getService(strapi, 'cabinet').eraseOwn(userId, trx),
  });

  strapi.documents.use(async (context, next) => {
    const params = context.params as { data?: unknown; documentId?: string };

    if (context.uid === EVENT_UID) {
      if ((context.action === 'create' || context.action === 'update') && isRecord(params.data) && Array.isArray(params.data.registrationForm)) {
        const issues = validateFormDefinition(params.data.registrationForm as RawField[]);
        if (issues.length > 0) throw validationError(issues.map((issue) => ({ ...issue, path: ['registrationForm', ...issue.path] })));
      }
      const result = await next();
      if (['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'].includes(context.action)) {
        getService(strapi, 'events').invalidate();
      }
      if (context.action === 'publish' && params.documentId) {
        // a raised capacity seats the waitlist: done by a job, under the event's lock
        await platform(strapi).jobs.enqueue(JOBS.promote, {
          eventDocumentId: params.documentId,
        });
      }
      return result;
    }

    if (context.uid === PARTNER_LINK_UID && context.action === 'create' && isRecord(params.data)) {
      const code = params.data.code;
      if (code === undefined || code === null || code === '') params.data.code = getService(strapi, 'partner-links').newCode();
    }

    if (context.uid === CONSENT_TEXT_UID) {
      if ((context.action === 'update' || context.action === 'delete') && params.documentId) {
        const current = (await strapi.db.query(CONSENT_TEXT_UID).findOne({
          where: { documentId: params.documentId },
          select: ['version', 'title', 'body'],
        })) as { version: number; title: string; body: string } | null;
        const data = isRecord(params.data) ? params.data : {};
        const changes =
          context.action === 'delete' ||
          (data.version !== undefined && Number(data.version) !== current?.version) ||
          (data.title !== undefined && data.title !== current?.title) ||
          (data.body !== undefined && data.body !== current?.body);
        if (current && changes && (await getService(strapi, 'consents').versionInUse(current.version))) {
          throw new errors.ValidationError(`Версию ${current.version} уже приняли пользователи: её нельзя менять или удалять, добавьте новую версию`);
        }
      }
      const result = await next();
      getService(strapi, 'consents').invalidate();
      return result;
    }

    return next();
  });
};

export default register;
