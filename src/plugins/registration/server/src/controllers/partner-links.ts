/**
 * HTTP of partner links: the site's reports of openings (content API, from the site's server only) and
 * each link's statistics for the event's organizers (admin API), as JSON or CSV. The statistics are
 * counts, no personal data: they are not written to the access log.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { partnerVisitRequestSchema } from '../../../../../../cms/src/partner-links';
import { isRecord, respond, validate } from '../../../../platform/server/src/kit';
import { csvDocument, exportFileName, parseDelimiter } from '../domain/csv';
import { STATS_HEADERS, statCells } from '../domain/partner-visits';
import { localized, validationError } from '../errors';
import { message, translate } from '../i18n/messages';
import { getService } from '../get-service';
import { organizerRequests } from './organizer';

const partnerLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'partner-links');
  const organizers = organizerRequests(strapi);

  return {
    /** POST /api/registration/partner-links/visits { eventSlug, ref } -> 202 (from the site's server only). */
    async visit(ctx: Context) {
      await respond(ctx, async () => {
        const state: unknown = ctx.state;
        const address = isRecord(state) && typeof state.vouchedVisitor === 'string' ? state.vouchedVisitor : null;
        if (!address) throw localized(errors.ForbiddenError, message('visits.unvouched'));
        const body = validate(partnerVisitRequestSchema, ctx.request.body);
        // counted, repeated, over the limit or unknown: the answer is the same
        await service().recordVisit({ eventSlug: body.eventSlug, ref: body.ref, address });
        ctx.body = null;
        ctx.status = 202;
      });
    },

    /** GET /registration/events/:eventDocumentId/partner-links -> PartnerLinkStats */
    async stats(ctx: Context) {
      await respond(ctx, async () => {
        const { event } = await organizers.open(ctx);
        ctx.body = { results: await service().stats(event.documentId) };
      });
    },

    /** GET /registration/events/:eventDocumentId/partner-links/export?delimiter=%3B -> text/csv */
    async export(ctx: Context) {
      await respond(ctx, async (language) => {
        const { event } = await organizers.open(ctx);
        const delimiter = parseDelimiter(ctx.query.delimiter);
        if (!delimiter) throw validationError([{ path: ['delimiter'], message: message('partners.bad-delimiter') }]);
        const stats = await service().stats(event.documentId);
        const words = { yes: translate(language, 'csv.yes'), no: translate(language, 'csv.no') };
        // a decimal comma where the cells are separated by semicolons (a Russian spreadsheet)
        const rows = stats.map((stat) => statCells(stat, words, delimiter === ';'));
        const day = new Date().toISOString().slice(0, 10);
        ctx.set('content-type', 'text/csv; charset=utf-8');
        ctx.set('content-disposition', `attachment; filename="${exportFileName(event.slug, day, 'partner-links')}"`);
        ctx.body = csvDocument(STATS_HEADERS[language], rows, delimiter);
      });
    },
  };
};

export default partnerLinks;
