import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respond, validate } from '../../../../platform/server/src/kit';
import { emailCodeBodySchema, verifyBodySchema } from '../contracts';
import { getService } from '../get-service';

const auth = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/registration/auth/email-code {email} -> 204 (whether or not the address has an account); the mail is in the caller's language */
  async emailCode(ctx: Context) {
    await respond(ctx, async (language) => {
      const { email } = validate(emailCodeBodySchema, ctx.request.body);
      await getService(strapi, 'accounts').sendCode(email, { ip: ctx.request.ip, language });
      ctx.status = 204;
    });
  },

  /**
   * POST /api/registration/auth/verify {email, code} -> 200 {jwt, refreshToken, user}; any wrong, expired or
   * never-sent code -> the same 401; too many wrong tries from this IP -> 429
   */
  async verify(ctx: Context) {
    await respond(ctx, async () => {
      const { email, code, deviceId } = validate(verifyBodySchema, ctx.request.body);
      const accounts = getService(strapi, 'accounts');
      const account = await accounts.verifyCode(email, code, new Date(), { ip: ctx.request.ip });
      const session = await accounts.issueSession(ctx, account, deviceId);
      ctx.set('cache-control', 'no-store');
      ctx.body = { jwt: session.jwt, refreshToken: session.refreshToken, user: accounts.toPublic(account) };
    });
  },

  /** POST /api/registration/auth/sign-out (Bearer) -> 204: this session's access and refresh tokens stop working at once */
  async signOut(ctx: Context) {
    await respond(ctx, async () => {
      await getService(strapi, 'accounts').endSession(ctx);
      ctx.set('cache-control', 'no-store');
      ctx.status = 204;
    });
  },
});

export default auth;
