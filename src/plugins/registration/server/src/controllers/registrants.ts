/**
 * HTTP of the organizers' registrant lists (admin API, admin JWT). Who may read a list is decided by
 * the platform's event access (the organizer's level on the event), before anything is read; each
 * successful read of personal data is written to the access log, a refused one is not.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { REGISTRANT_LIVE_TOPICS, registrantChangeSchema, type RegistrantColumns, type RegistrantEvents } from '../../../../../../cms/src/registrants';
import { languageOf, platform, respond, validate } from '../../../../platform/server/src/kit';
import { columnViews } from '../domain/registrant-columns';
import { RegistrantQueryError, type RegistrantQueryProblem } from '../domain/registrant-query';
import { localized, validationError } from '../errors';
import { message, type Message } from '../i18n/messages';
import type { ListedEvent } from '../services/registrants';
import { getService } from '../get-service';

// not strict: the router adds numbered captures of its own
const paramsSchema = z.object({ eventDocumentId: z.string().regex(/^[a-z0-9]{1,64}$/) });

interface AdminState {
  user?: { id: number; email?: string | null };
}

interface Opened {
  admin: { id: number; email: string };
  event: ListedEvent;
}

function problemText(problem: RegistrantQueryProblem): Message {
  switch (problem.code) {
    case 'unknown-column':
      return message('list.unknown-column', { column: problem.column });
    case 'bad-operator':
      return message('list.bad-operator', { column: problem.column, op: problem.op });
    case 'bad-value':
      return message('list.bad-value', { column: problem.column, op: problem.op });
    case 'bad-sort':
      return message('list.bad-sort', { sort: problem.sort });
    case 'bad-page':
      return message('list.bad-page');
    case 'too-many-filters':
      return message('list.too-many-filters', { max: problem.max });
  }
}

const registrants = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'registrants');

  /** The signed-in organizer and the event, or a 403 (an event that is not theirs and one that does not exist look alike). */
  const open = async (ctx: Context): Promise<Opened> => {
    const user = (ctx.state as AdminState).user;
    if (!user) throw localized(errors.UnauthorizedError, message('list.sign-in'));
    const { eventDocumentId } = validate(paramsSchema, ctx.params);
    const forbidden = () => localized(errors.ForbiddenError, message('list.forbidden'));
    if (!(await platform(strapi).access.canAccessEvent(user, eventDocumentId, 'manager'))) throw forbidden();
    const event = await service().event(eventDocumentId);
    if (!event) throw forbidden();
    ctx.set('cache-control', 'private, no-store');
    return { admin: { id: user.id, email: user.email ?? `admin-${user.id}` }, event };
  };

  const parse = (event: ListedEvent, ctx: Context) => {
    try {
      return service().parse(event, ctx.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof RegistrantQueryError) throw validationError([{ path: ['query'], message: problemText(error.problem) }]);
      throw error;
    }
  };

  const logRead = (ctx: Context, opened: Opened, action: 'list' | 'export') =>
    platform(strapi).accessLog.record({
      actor: opened.admin,
      action,
      eventDocumentId: opened.event.documentId,
      detail: { query: ctx.querystring.slice(0, 2000) },
      ip: ctx.request.ip || 'unknown',
      userAgent: ctx.get('user-agent').slice(0, 300) || undefined,
    });

  return {
    /** GET /registration/events/:eventDocumentId/registrants -> RegistrantPage */
    async list(ctx: Context) {
      await respond(ctx, async () => {
        const opened = await open(ctx);
        const page = await service().page(opened.event, parse(opened.event, ctx));
        await logRead(ctx, opened, 'list');
        ctx.body = page;
      });
    },

    /** GET /registration/registrant-events -> RegistrantEvents: the events the organizer may open (no personal data) */
    async events(ctx: Context) {
      await respond(ctx, async () => {
        const user = (ctx.state as AdminState).user;
        if (!user) throw localized(errors.UnauthorizedError, message('list.sign-in'));
        const ids = await platform(strapi).access.accessibleEventIds(user, 'manager');
        ctx.set('cache-control', 'private, no-store');
        const body: RegistrantEvents = { results: await service().organizerEvents(ids) };
        ctx.body = body;
      });
    },

    /** GET /registration/events/:eventDocumentId/registrants/columns -> RegistrantColumns (no personal data: not logged) */
    async columns(ctx: Context) {
      await respond(ctx, async () => {
        const { event } = await open(ctx);
        const body: RegistrantColumns = {
          event: { documentId: event.documentId, title: event.title, slug: event.slug, capacity: event.capacity },
          columns: columnViews(event.columns, event.questions, languageOf(ctx)),
        };
        ctx.body = body;
      });
    },

    /**
     * GET /registration/events/:eventDocumentId/registrants/stream: server-sent events of the changes
     * of this event's registrations (ids and states only: the page reads the rows again through the
     * list, which logs the read), from any instance. The admin JWT comes in the Authorization header.
     */
    async stream(ctx: Context) {
      await respond(ctx, async () => {
        const { event } = await open(ctx);
        await platform(strapi).live.stream(ctx, {
          topics: [...REGISTRANT_LIVE_TOPICS],
          filter: (message) => {
            const change = registrantChangeSchema.safeParse(message);
            return change.success && change.data.payload.eventDocumentId === event.documentId;
          },
          initial: { eventDocumentId: event.documentId },
        });
      });
    },

    /** GET /registration/events/:eventDocumentId/registrants/counts -> RegistrantCounts (no personal data: not logged) */
    async counts(ctx: Context) {
      await respond(ctx, async () => {
        const { event } = await open(ctx);
        ctx.body = await service().counts(event);
      });
    },
  };
};

export default registrants;
