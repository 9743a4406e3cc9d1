import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import type { CheckinCodeResponse } from '../../../../../../cms/src/registration';
import { respond, validate } from '../../../../platform/server/src/kit';
import { eraseBodySchema, profilePatchSchema } from '../contracts';
import { localized } from '../errors';
import { message } from '../i18n/messages';
import { registrationOut } from '../present';
import type { Account } from '../services/accounts';
import { getService } from '../get-service';

// not strict: the router adds numbered captures of its own
const checkinParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,64}$/) });

const me = ({ strapi }: { strapi: Core.Strapi }) => {
  const signedIn = async (ctx: Context): Promise<Account> => {
    const viewer = await getService(strapi, 'accounts').viewerOf(ctx);
    if (!viewer) throw localized(errors.UnauthorizedError, message('cabinet.sign-in'));
    ctx.set('cache-control', 'private, no-store');
    return viewer;
  };

  return {
    /** GET /api/registration/me -> {user, registrations} */
    async find(ctx: Context) {
      await respond(ctx, async () => {
        const account = await signedIn(ctx);
        const registrations = await getService(strapi, 'cabinet').registrations(account);
        ctx.body = {
          user: getService(strapi, 'accounts').toPublic(account),
          registrations: registrations.map(({ record, waitlistPosition, event }) => registrationOut(record, waitlistPosition, event)),
        };
      });
    },

    /** PATCH /api/registration/me {profile fields} -> {user} */
    async update(ctx: Context) {
      await respond(ctx, async () => {
        const account = await signedIn(ctx);
        const patch = validate(profilePatchSchema, ctx.request.body ?? {});
        const saved = await getService(strapi, 'cabinet').update(account, patch);
        ctx.body = { user: getService(strapi, 'accounts').toPublic(saved) };
      });
    },

    /** GET /api/registration/me/registrations/:id/checkin -> CheckinCodeResponse (my seated registration's code and QR code) */
    async checkin(ctx: Context) {
      await respond(ctx, async () => {
        const account = await signedIn(ctx);
        const { id } = validate(checkinParamsSchema, ctx.params);
        const mine = (await getService(strapi, 'registrations').listForUser(account.id)).find(({ record }) => record.documentId === id);
        if (!mine || mine.record.status !== 'registered') throw localized(errors.NotFoundError, message('checkin.no-code'));
        const checkin = getService(strapi, 'checkin');
        const body: CheckinCodeResponse = { code: checkin.code(mine.record.id), image: await checkin.dataUrl(mine.record.id) };
        ctx.body = body;
      });
    },

    /** GET /api/registration/me/export -> all my data, as a JSON download */
    async export(ctx: Context) {
      await respond(ctx, async () => {
        const account = await signedIn(ctx);
        const data = await getService(strapi, 'cabinet').export(account);
        ctx.set('content-disposition', `attachment; filename="mmso-connect-my-data-${new Date().toISOString().slice(0, 10)}.json"`);
        ctx.body = data;
      });
    },

    /** DELETE /api/registration/me -> 400: erasure is re-confirmed by a fresh code (erase-code, then erase) */
    async eraseWithoutCode(ctx: Context) {
      await respond(ctx, async () => {
        await signedIn(ctx);
        throw localized(errors.ValidationError, message('cabinet.erase-needs-code'));
      });
    },

    /** POST /api/registration/me/erase-code -> 204: a code to confirm the erasure is mailed to the account's address */
    async eraseCode(ctx: Context) {
      await respond(ctx, async (language) => {
        const account = await signedIn(ctx);
        await getService(strapi, 'accounts').sendCode(account.email, { ip: ctx.request.ip, language, purpose: 'erase' });
        ctx.status = 204;
      });
    },

    /** POST /api/registration/me/erase {code} -> 204: personal data erased, registrations kept anonymized; a wrong code -> 401 */
    async erase(ctx: Context) {
      await respond(ctx, async () => {
        const account = await signedIn(ctx);
        const { code } = validate(eraseBodySchema, ctx.request.body ?? {});
        await getService(strapi, 'accounts').consumeCode(account.email, code, new Date(), { ip: ctx.request.ip, purpose: 'erase' });
        await getService(strapi, 'cabinet').erase(account);
        ctx.status = 204;
      });
    },
  };
};

export default me;
