/**
 * HTTP of the organizers' actions on registrations and of the check-in at the door (admin API, admin
 * JWT; the event's organizers at the manager level or above, else 403 before anything is read or done).
 * A check-in and the door's search show a person's data: each successful one is in the access log.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import {
  addRegistrantRequestSchema,
  checkInRequestSchema,
  registrantActionRequestSchema,
  type CheckInResponse,
} from '../../../../../../cms/src/registrant-actions';
import { respond, validate } from '../../../../platform/server/src/kit';
import { localized, validationError } from '../errors';
import { message } from '../i18n/messages';
import { getService } from '../get-service';
import { organizerRequests } from './organizer';

const searchSchema = z.object({ q: z.string().trim().min(1).max(100) });

const registrantActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = organizerRequests(strapi);

  return {
    /** POST /registration/events/:eventDocumentId/registrants/actions -> RegistrantActionResponse */
    async actions(ctx: Context) {
      await respond(ctx, async (language) => {
        const opened = await requests.open(ctx);
        const body = validate(registrantActionRequestSchema, ctx.request.body);
        const results = await getService(strapi, 'registrant-actions').run(opened.event, opened.admin, body.action, body.registrationIds, language);
        ctx.body = { results };
      });
    },

    /** POST /registration/events/:eventDocumentId/registrants -> 201 RegistrantRow */
    async add(ctx: Context) {
      await respond(ctx, async (language) => {
        const opened = await requests.open(ctx);
        const body = validate(addRegistrantRequestSchema, ctx.request.body);
        const row = await getService(strapi, 'registrant-actions').add(opened.event, opened.admin, body, language);
        ctx.status = 201;
        ctx.body = row;
      });
    },

    /** POST /registration/events/:eventDocumentId/checkin -> CheckInResponse; not this event's code -> 404 */
    async checkIn(ctx: Context) {
      await respond(ctx, async () => {
        const opened = await requests.open(ctx);
        const body = validate(checkInRequestSchema, ctx.request.body);
        const result = await getService(strapi, 'checkin').checkIn(opened.event, opened.admin, body);
        if (!result) throw localized(errors.NotFoundError, message('checkin.not-found'));
        await requests.logRead(ctx, opened.admin, 'registration.checkin', { eventDocumentId: opened.event.documentId, subjectUserId: result.registrant.userId ?? undefined, detail: { registrationId: result.registrant.id } });
        const answer: CheckInResponse = {
          outcome: result.outcome,
          registrant: result.registrant,
          ...(result.firstCheckInAt ? { firstCheckInAt: result.firstCheckInAt.toISOString() } : {}),
        };
        ctx.body = answer;
      });
    },

    /** GET /registration/events/:eventDocumentId/checkin/search?q= -> CheckInSearchResponse */
    async checkInSearch(ctx: Context) {
      await respond(ctx, async () => {
        const opened = await requests.open(ctx);
        const parsed = searchSchema.safeParse({ q: ctx.query.q });
        if (!parsed.success) throw validationError([{ path: ['q'], message: message('checkin.search-query') }]);
        const results = await getService(strapi, 'checkin').search(opened.event, parsed.data.q);
        await requests.logRead(ctx, opened.admin, 'registration.checkin-search', { eventDocumentId: opened.event.documentId, detail: { q: parsed.data.q } });
        ctx.body = { results };
      });
    },
  };
};

export default registrantActions;
