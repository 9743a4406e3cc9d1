/**
 * What every organizer route of the registrant lists does first and last: the signed-in organizer and
 * their access to the event (the platform's event access, 'manager' level: else a 403, before anything
 * is read), the parse of a list's query (a 400 in the organizer's language), and one access-log entry
 * per successful read of personal data (a refused request writes none).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { platform, validate, type AdminUserLike, type JsonValue } from '../../../../platform/server/src/kit';
import { RegistrantQueryError, type RegistrantQuery, type RegistrantQueryProblem } from '../domain/registrant-query';
import { localized, validationError } from '../errors';
import { message, type Message } from '../i18n/messages';
import type { ListedEvent } from '../services/registrants';
import { getService } from '../get-service';

// not strict: the router adds numbered captures of its own
const paramsSchema = z.object({ eventDocumentId: z.string().regex(/^[a-z0-9]{1,64}$/) });

interface AdminState {
  user?: AdminUserLike & { email?: string | null };
}

export interface Organizer {
  id: number;
  email: string;
  /** The admin user as the admin auth gave it (roles populated): what the platform's access decides on. */
  user: AdminUserLike;
}

export interface Opened {
  admin: Organizer;
  event: ListedEvent;
}

/** What was read: a list, a card, a file, an export; a check-in at the door or its search (the person's row). */
export type ReadAction = 'list' | 'card' | 'file' | 'export' | 'registration.checkin' | 'registration.checkin-search';

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

export const organizerRequests = (strapi: Core.Strapi) => {
  const service = () => getService(strapi, 'registrants');

  /** The signed-in organizer (a 401 without one); answers of organizer routes are never cached. */
  const organizer = (ctx: Context): Organizer => {
    const user = (ctx.state as AdminState).user;
    if (!user) throw localized(errors.UnauthorizedError, message('list.sign-in'));
    ctx.set('cache-control', 'private, no-store');
    return { id: user.id, email: user.email ?? `admin-${user.id}`, user };
  };

  return {
    organizer,

    /** The signed-in organizer and the event, or a 403 (an event that is not theirs and one that does not exist look alike). */
    async open(ctx: Context): Promise<Opened> {
      const admin = organizer(ctx);
      const { eventDocumentId } = validate(paramsSchema, ctx.params);
      const forbidden = () => localized(errors.ForbiddenError, message('list.forbidden'));
      if (!(await platform(strapi).access.canAccessEvent(admin.user, eventDocumentId, 'manager'))) throw forbidden();
      const event = await service().event(eventDocumentId);
      if (!event) throw forbidden();
      return { admin, event };
    },

    /** The list's query of the request (a 400 naming what is wrong). */
    parse(event: ListedEvent, ctx: Context): RegistrantQuery {
      try {
        return service().parse(event, ctx.query as Record<string, unknown>);
      } catch (error) {
        if (error instanceof RegistrantQueryError) throw validationError([{ path: ['query'], message: problemText(error.problem) }]);
        throw error;
      }
    },

    /** One access-log entry for a successful read. */
    logRead(ctx: Context, admin: Organizer, action: ReadAction, what: { eventDocumentId?: string; subjectUserId?: number; detail?: JsonValue }) {
      return platform(strapi).accessLog.record({
        actor: { id: admin.id, email: admin.email },
        action,
        eventDocumentId: what.eventDocumentId,
        subjectUserId: what.subjectUserId,
        detail: what.detail ?? { query: ctx.querystring.slice(0, 2000) },
        ip: ctx.request.ip || 'unknown',
        userAgent: ctx.get('user-agent').slice(0, 300) || undefined,
      });
    },
  };
};
