/**
 * HTTP of the organizers' registrant lists (admin API, admin JWT). Who may read a list is decided by
 * the platform's event access (the organizer's level on the event), before anything is read; each
 * successful read of personal data is written to the access log, a refused one is not.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { REGISTRANT_LIVE_TOPICS, registrantChangeSchema, type RegistrantColumns, type RegistrantEvents } from '../../../../../../cms/src/registrants';
import { languageOf, platform, respond } from '../../../../platform/server/src/kit';
import { columnViews } from '../domain/registrant-columns';
import { getService } from '../get-service';
import { organizerRequests } from './organizer';

const registrants = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'registrants');

  const requests = organizerRequests(strapi);

  return {
    /** GET /registration/events/:eventDocumentId/registrants -> RegistrantPage */
    async list(ctx: Context) {
      await respond(ctx, async () => {
        const { admin, event } = await requests.open(ctx);
        const page = await service().page(event, requests.parse(event, ctx));
        await requests.logRead(ctx, admin, 'list', { eventDocumentId: event.documentId });
        ctx.body = page;
      });
    },

    /** GET /registration/registrant-events -> RegistrantEvents: the events the organizer may open (no personal data) */
    async events(ctx: Context) {
      await respond(ctx, async () => {
        const { user } = requests.organizer(ctx);
        const ids = await platform(strapi).access.accessibleEventIds(user, 'manager');
        const body: RegistrantEvents = { results: await service().organizerEvents(ids) };
        ctx.body = body;
      });
    },

    /** GET /registration/events/:eventDocumentId/registrants/columns -> RegistrantColumns (no personal data: not logged) */
    async columns(ctx: Context) {
      await respond(ctx, async () => {
        const { event } = await requests.open(ctx);
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
        const { event } = await requests.open(ctx);
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
        const { event } = await requests.open(ctx);
        ctx.body = await service().counts(event);
      });
    },
  };
};

export default registrants;
