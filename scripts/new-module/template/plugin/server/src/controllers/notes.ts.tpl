/**
 * HTTP only: validate the request, call one service, shape the answer. `withErrors` answers the typed
 * errors in the caller's language (an admin's interface language, else ?locale=, else Accept-Language).
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { {{camel}}SaveNoteBodySchema } from '../../../../../../cms/src/{{id}}';
import { httpError, platform, validate, validationError, withErrors } from '../../../../platform/server/src/kit';
import type { NoteRefusal } from '../domain/note';
import { getService } from '../get-service';
import { t } from '../i18n/messages';

// not strict: the router may put more than the path's own parameters in ctx.params
const personParams = z.object({ userId: z.coerce.number().int().min(1) });

/** The signed-in caller (a users-permissions user on content API routes, an admin on admin routes). */
function callerOf(ctx: Context): { id: number; email: string } {
  const user = (ctx.state as { user?: { id: number; email: string } }).user;
  if (!user) throw httpError.unauthorized(t('admin.sign-in'));
  return user;
}

const refusalText = (refusal: NoteRefusal) => (refusal.reason === 'note.too-long' ? t('note.too-long', { max: refusal.max }) : t('note.empty'));

const notes = ({ strapi }: { strapi: Core.Strapi }) =>
  withErrors({
    /** GET /api/{{id}}/note: the caller's note, or null. */
    async find(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'notes').find(callerOf(ctx).id) };
    },

    /** PUT /api/{{id}}/note { text }: keeps the caller's note. */
    async save(ctx: Context) {
      const { text } = validate({{camel}}SaveNoteBodySchema, (ctx.request as { body?: unknown }).body);
      const result = await getService(strapi, 'notes').save(callerOf(ctx).id, text);
      if (!result.ok) throw validationError([{ path: ['text'], text: refusalText(result.refusal) }]);
      ctx.body = { data: result.note };
    },

    /**
     * GET /{{id}}/people/:userId/note: an admin with the module's read permission (the route's policy)
     * reads a person's note, if the platform's event access says they see every event (a client
     * administrator): an event's organizers are refused with 403.
     */
    async noteOf(ctx: Context) {
      const { userId } = validate(personParams, ctx.params);
      const admin = callerOf(ctx);
      if (!(await platform(strapi).access.hasAllAccess(admin))) throw httpError.forbidden(t('note.client-admins-only'));
      const reader = { actor: { id: admin.id, email: admin.email }, ip: ctx.request.ip, userAgent: ctx.get('user-agent') || undefined };
      ctx.body = { data: await getService(strapi, 'notes').readAsOrganizer(userId, reader) };
    },
  });

export default notes;
