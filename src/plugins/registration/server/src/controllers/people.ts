/**
 * A person's card and the files people attached, for organizers (admin API, admin JWT):
 *
 * - `GET /registration/people/:userId` -> 200 PersonCard: the profile and the registrations at the
 *   events the organizer may see; 404 when they see none of the person's events (nothing logged).
 * - `GET /registration/events/:eventDocumentId/registrants/:registrationId/files/:fileId` -> the file,
 *   as an attachment, for the event's organizers only (403 otherwise), 404 for a file the registration
 *   does not hold.
 *
 * Each successful read is one access-log entry naming the person.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { respond, validate } from '../../../../platform/server/src/kit';
import { localized } from '../errors';
import { message } from '../i18n/messages';
import { getService } from '../get-service';
import { organizerRequests } from './organizer';

// not strict: the router adds numbered captures of its own
const personParams = z.object({ userId: z.coerce.number().int().positive().max(2_147_483_647) });
const fileParams = z.object({ registrationId: z.coerce.number().int().positive().max(2_147_483_647), fileId: z.string().regex(/^[0-9a-f-]{36}$/) });

/** A Content-Disposition that keeps the name (RFC 6266: an ASCII fallback and the UTF-8 name). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const people = ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = organizerRequests(strapi);
  const service = () => getService(strapi, 'people');

  return {
    async card(ctx: Context) {
      await respond(ctx, async () => {
        const admin = requests.organizer(ctx);
        const { userId } = validate(personParams, ctx.params);
        const found = await service().card(admin.user, userId);
        if (!found) throw localized(errors.NotFoundError, message('person.not-found'));
        await requests.logRead(ctx, admin, 'card', { subjectUserId: userId, detail: { events: found.events } });
        ctx.body = found.card;
      });
    },

    async file(ctx: Context) {
      await respond(ctx, async () => {
        const { admin, event } = await requests.open(ctx);
        const { registrationId, fileId } = validate(fileParams, ctx.params);
        const found = await service().file(event.documentId, registrationId, fileId);
        const bytes = found ? await getService(strapi, 'files').read(fileId) : null;
        if (!found || !bytes) throw localized(errors.NotFoundError, message('file.not-found'));
        await requests.logRead(ctx, admin, 'file', { eventDocumentId: event.documentId, subjectUserId: found.userId, detail: { registrationId, fileId } });
        ctx.set('content-disposition', attachmentDisposition(found.answer.name));
        ctx.set('x-content-type-options', 'nosniff');
        ctx.set('content-security-policy', "default-src 'none'; sandbox");
        ctx.type = found.answer.mime;
        ctx.body = bytes;
      });
    },
  };
};

export default people;
