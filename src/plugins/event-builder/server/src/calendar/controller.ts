/** HTTP of the program calendar: validate, call the calendar service once, shape the answer. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { httpError, validate, withErrors } from '../../../../platform/server/src/kit';
import { getService } from '../get-service';
import { t } from '../i18n/messages';
import type { AdminCaller } from './access';
import { createSessionSchema, documentParamsSchema, moveSessionSchema, scheduleQuerySchema } from './validation';

interface AdminState {
  user?: { id: number };
  userAbility?: unknown;
}

function callerOf(ctx: Context): AdminCaller {
  const state = ctx.state as AdminState;
  if (!state.user) throw httpError.unauthorized(t('admin.sign-in'));
  return { user: state.user, ability: state.userAbility };
}

const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;

const calendar = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'calendar');

  return withErrors({
    /** GET /event-builder/calendar/events */
    async events(ctx: Context) {
      ctx.body = { data: await service().listEvents(callerOf(ctx)) };
    },

    /** GET /event-builder/calendar/events/:documentId?locale= */
    async schedule(ctx: Context) {
      const { documentId } = validate(documentParamsSchema, ctx.params);
      const { locale } = validate(scheduleQuerySchema, ctx.query);
      ctx.body = { data: await service().schedule(callerOf(ctx), documentId, locale) };
    },

    /** POST /event-builder/calendar/events/:documentId/sessions */
    async createSession(ctx: Context) {
      const { documentId } = validate(documentParamsSchema, ctx.params);
      const body = validate(createSessionSchema, bodyOf(ctx));
      ctx.status = 201;
      ctx.body = { data: await service().createSession(callerOf(ctx), documentId, body) };
    },

    /** PATCH /event-builder/calendar/sessions/:documentId */
    async moveSession(ctx: Context) {
      const { documentId } = validate(documentParamsSchema, ctx.params);
      const body = validate(moveSessionSchema, bodyOf(ctx));
      ctx.body = { data: await service().moveSession(callerOf(ctx), documentId, body) };
    },
  });
};

export default calendar;
