/**
 * Sessions of attendees, issued the way Users & Permissions issues them (access JWT + refresh token
 * and its cookie in `jwtManagement: 'refresh'` mode, a plain JWT otherwise): the token and viewer of
 * a request, sign-out on one device or everywhere.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { accessTokenVerifier, isHmacAlgorithm, sessionStands } from '../domain/access-token';
import { localized } from '../errors';
import { message } from '../i18n/messages';
import { toDate } from '../db';
import type { Account, AccountProfiles } from './account-profiles';

export interface IssuedSession {
  jwt: string;
  /** null in the legacy JWT mode (no refresh tokens there). */
  refreshToken: string | null;
}

/** The 401 for a token that is invalid or expired, or whose account is gone or blocked. */
export const sessionExpired = () => localized(errors.UnauthorizedError, message('auth.session-expired'));

const accountSessions = ({ strapi }: { strapi: Core.Strapi }, profiles: AccountProfiles) => {
  /** Users & Permissions in `jwtManagement: 'refresh'` mode: access tokens from its session manager, with refresh tokens. */
  const refreshMode = () => (strapi.config.get('plugin::users-permissions.jwtManagement', 'legacy-support') as string) === 'refresh';

  /**
   * The access-token check with a prepared key (domain/access-token.ts), when Users & Permissions
   * signs with an HMAC secret and no extra JWT checks (audience, issuer ...) are configured;
   * otherwise null, and Strapi's session manager checks tokens itself.
   */
  let verifier: ReturnType<typeof accessTokenVerifier> | null | undefined;
  const fastVerifier = () => {
    if (verifier !== undefined) return verifier;
    const jwtOptions = (strapi.config.get('plugin::users-permissions.jwt') ?? {}) as Record<string, unknown>;
    const algorithm = typeof jwtOptions.algorithm === 'string' ? jwtOptions.algorithm : 'HS256';
    const secret = strapi.config.get('plugin::users-permissions.jwtSecret') ?? strapi.config.get('admin.auth.secret');
    const plain = Object.keys(jwtOptions).every((key) => key === 'expiresIn' || key === 'algorithm');
    verifier = typeof secret === 'string' && secret !== '' && plain && isHmacAlgorithm(algorithm) ? accessTokenVerifier(secret, algorithm) : null;
    return verifier;
  };

  const service = {
    /**
     * The user and session of a request's access token (Authorization: Bearer), or null without a
     * token. A token that is invalid or expired, or whose session was ended (sign-out) or rotated
     * (refresh), is a 401, so the client refreshes it instead of silently acting anonymously.
     */
    async tokenOf(ctx: Context): Promise<{ userId: number; sessionId: string | null } | null> {
      const header = ctx.request.header.authorization;
      if (!header) return null;
      const [scheme, token, ...rest] = header.trim().split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
        throw localized(errors.UnauthorizedError, message('auth.bad-header'));
      }
      let userId: number | null = null;
      let sessionId: string | null = null;
      if (refreshMode()) {
        const fast = fastVerifier();
        if (fast) {
          const claims = fast(token, Math.floor(Date.now() / 1000));
          if (claims) {
            userId = Number(claims.userId);
            sessionId = claims.sessionId;
          }
        } else {
          const result = strapi.sessionManager('users-permissions').validateAccessToken(token);
          if (result.isValid && result.payload.type === 'access') {
            userId = Number(result.payload.userId);
            sessionId = typeof result.payload.sessionId === 'string' ? result.payload.sessionId : null;
          }
        }
        if (userId !== null && !(await service.sessionStands(sessionId, userId))) userId = null;
      } else {
        const jwt = strapi.plugin('users-permissions').service('jwt') as { verify(token: string): Promise<{ id?: number }> };
        userId = await jwt.verify(token).then(
          (payload) => (typeof payload.id === 'number' ? payload.id : null),
          () => null,
        );
      }
      if (userId === null || !Number.isSafeInteger(userId)) throw sessionExpired();
      return { userId, sessionId };
    },

    /** The user id of a request's access token, or null without a token (see `tokenOf`). */
    async tokenUserIdOf(ctx: Context): Promise<number | null> {
      return (await service.tokenOf(ctx))?.userId ?? null;
    },

    /** Whether the session an access token was issued in still stands (not signed out, not rotated, not expired). */
    async sessionStands(sessionId: string | null, userId: number, now = new Date()): Promise<boolean> {
      if (!sessionId) return false;
      const row = (await strapi.db.query('admin::session').findOne({
        where: { sessionId },
        select: ['userId', 'origin', 'status', 'expiresAt'],
      })) as { userId: string; origin: string; status: string | null; expiresAt: unknown } | null;
      return sessionStands(row ? { ...row, expiresAt: toDate(row.expiresAt) } : null, String(userId), now);
    },

    /** Ends the session of a request's access token (sign-out on this device): its access and refresh tokens stop working. */
    async endSession(ctx: Context): Promise<void> {
      const token = await service.tokenOf(ctx);
      if (!token) throw sessionExpired();
      if (token.sessionId) await strapi.db.query('admin::session').deleteMany({ where: { sessionId: token.sessionId, userId: String(token.userId), origin: 'users-permissions' } });
      const upSessions = strapi.config.get('plugin::users-permissions.sessions') as { cookie?: { name?: string; path?: string; domain?: string } } | undefined;
      const cookie = upSessions?.cookie ?? {};
      ctx.cookies.set(cookie.name ?? 'strapi_up_refresh', '', { path: cookie.path ?? '/', domain: cookie.domain, expires: new Date(0), httpOnly: true });
    },

    /** The signed-in viewer of a request, or null without a token (401 for a bad token or a blocked account). */
    async viewerOf(ctx: Context): Promise<Account | null> {
      const userId = await service.tokenUserIdOf(ctx);
      if (userId === null) return null;
      const account = await profiles.findById(userId);
      if (!account || account.blocked) throw sessionExpired();
      return account;
    },

    /** Issues a session the way Users & Permissions' own login does (and sets its refresh cookie when configured). */
    async issueSession(ctx: Context, account: Account, deviceId?: string): Promise<IssuedSession> {
      if (!refreshMode()) {
        const jwt = strapi.plugin('users-permissions').service('jwt') as { issue(payload: { id: number }): Promise<string> | string };
        return { jwt: await jwt.issue({ id: account.id }), refreshToken: null };
      }
      const sessions = strapi.sessionManager('users-permissions');
      const refresh = await sessions.generateRefreshToken(String(account.id), deviceId, {
        type: 'refresh',
        metadata: { userAgent: String(ctx.request.header['user-agent'] ?? '').slice(0, 300) },
      });
      const access = await sessions.generateAccessToken(refresh.token);
      if ('error' in access) throw localized(errors.ApplicationError, message('auth.token-failed'));
      const upSessions = strapi.config.get('plugin::users-permissions.sessions') as
        | {
            httpOnly?: boolean;
            cookie?: { name?: string; secure?: boolean; sameSite?: 'lax' | 'strict' | 'none'; path?: string; domain?: string; maxAge?: number };
          }
        | undefined;
      if (upSessions?.httpOnly || ctx.request.header['x-strapi-refresh-cookie'] === 'httpOnly') {
        const cookie = upSessions?.cookie ?? {};
        ctx.cookies.set(cookie.name ?? 'strapi_up_refresh', refresh.token, {
          httpOnly: true,
          secure: typeof cookie.secure === 'boolean' ? cookie.secure : process.env.NODE_ENV === 'production',
          sameSite: cookie.sameSite ?? 'lax',
          path: cookie.path ?? '/',
          domain: cookie.domain,
          maxAge: cookie.maxAge,
          overwrite: true,
        });
      }
      return { jwt: access.token, refreshToken: refresh.token };
    },

    /** Ends every session of an account (sign-out everywhere, account deletion). */
    async revokeSessions(id: number): Promise<void> {
      await strapi.db.query('admin::session').deleteMany({ where: { userId: String(id), origin: 'users-permissions' } });
    },
  };
  return service;
};

export type AccountSessions = ReturnType<typeof accountSessions>;
export default accountSessions;
