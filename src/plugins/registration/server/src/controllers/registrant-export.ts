/**
 * CSV export of an organizer's current view of a registrant list (admin API, admin JWT):
 *
 *   GET /registration/events/:eventDocumentId/registrants/export?delimiter=%3B&<the list's q, sort, filters>
 *
 * 200 text/csv (UTF-8 with a byte-order mark), streamed: no Content-Length; the header
 * `X-MMSO-Total-Rows` says up front how many rows follow (after the header row), so a page can show
 * the progress of a large export by the rows (lines) it has received. A file name with the event's slug
 * and the day. 403 for an event that is not the organizer's, 400 for a bad query or delimiter (nothing
 * logged for either); one access-log entry per export.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { DEFAULT_TIME_ZONE } from '../../../../../../cms/src/zoned-time';
import { respond } from '../../../../platform/server/src/kit';
import { exportFileName, parseDelimiter } from '../domain/csv';
import { validationError } from '../errors';
import { message } from '../i18n/messages';
import { getService } from '../get-service';
import { organizerRequests } from './organizer';

/** The header that tells the number of data rows of a streamed export. */
export const TOTAL_ROWS_HEADER = 'X-MMSO-Total-Rows';

/** Today in the platform's zone, as YYYY-MM-DD. */
const today = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

const registrantExport = ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = organizerRequests(strapi);

  return {
    async export(ctx: Context) {
      await respond(ctx, async (language) => {
        const { admin, event } = await requests.open(ctx);
        const delimiter = parseDelimiter(ctx.query.delimiter);
        if (delimiter === null) throw validationError([{ path: ['delimiter'], message: message('export.bad-delimiter') }]);
        const query = requests.parse(event, ctx);
        const csv = await getService(strapi, 'registrant-export').csv(event, query, { delimiter, locale: language });
        await requests.logRead(ctx, admin, 'export', { eventDocumentId: event.documentId });
        ctx.set('content-disposition', `attachment; filename="${exportFileName(event.slug, today(new Date()))}"`);
        ctx.set(TOTAL_ROWS_HEADER, String(csv.total));
        ctx.set('access-control-expose-headers', `${TOTAL_ROWS_HEADER}, Content-Disposition`);
        ctx.type = 'text/csv; charset=utf-8';
        ctx.body = csv.body;
      });
    },
  };
};

export default registrantExport;
