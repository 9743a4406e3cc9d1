/**
 * The access log of personal data for the client administrator (admin API, admin JWT):
 *
 *   GET /registration/access-log?page=&pageSize= -> 200 AccessLogListPage (newest first)
 *
 * Only a Super Admin or a client administrator (role mmso-client-admin) reads it, others get a 403.
 * Entries name the organizer by email. No route changes or deletes an entry.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { ACCESS_LOG_PAGE_SIZE_MAX } from '../../../../../../cms/src/registrants';
import { platform, respond } from '../../../../platform/server/src/kit';
import { localized, validationError } from '../errors';
import { message } from '../i18n/messages';
import { organizerRequests } from './organizer';

const pageNumber = (max: number) => z.string().regex(/^\d{1,7}$/).transform(Number).pipe(z.number().int().min(1).max(max));
const querySchema = z.object({ page: pageNumber(1_000_000).optional(), pageSize: pageNumber(ACCESS_LOG_PAGE_SIZE_MAX).optional() });

const accessLog = ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = organizerRequests(strapi);

  return {
    async list(ctx: Context) {
      await respond(ctx, async () => {
        const admin = requests.organizer(ctx);
        if (!(await platform(strapi).access.hasAllAccess(admin.user))) throw localized(errors.ForbiddenError, message('access-log.forbidden'));
        const parsed = querySchema.safeParse(ctx.query);
        if (!parsed.success) throw validationError([{ path: ['query'], message: message('access-log.bad-page') }]);
        ctx.body = await platform(strapi).accessLog.list({ page: parsed.data.page ?? 1, pageSize: parsed.data.pageSize ?? 25 });
      });
    },
  };
};

export default accessLog;
