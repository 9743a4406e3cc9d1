/**
 * `global::visitor-ip`: a request the site's server makes on a visitor's behalf carries the
 * visitor's address signed with SITE_PROXY_SECRET (cms/src/visitor-address.ts); with a signature
 * that holds, that address becomes the request's IP for everything after this middleware (the
 * per-address limits of sign-in codes, consent records, Strapi's own rate limits). Without one the
 * IP stays what the socket (or a trusted proxy, `proxy` in config/server.ts) says. A vouched address is
 * also left on `ctx.state.vouchedVisitor`: proof that the site's server made the call.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { VISITOR_ADDRESS_HEADER, VISITOR_SIGNATURE_HEADER, verifyVisitorAddress } from '../../cms/src/visitor-address';

/** What this middleware leaves on `ctx.state` for the routes after it. */
export interface VisitorState {
  /** The visitor's address the site vouched for (signed with SITE_PROXY_SECRET); absent on any other call. */
  vouchedVisitor?: string;
}

interface VisitorIpConfig {
  /** SITE_PROXY_SECRET: the secret the site signs with (empty: never trust the headers). */
  secret?: string;
}

export default (config: VisitorIpConfig, { strapi }: { strapi: Core.Strapi }) => {
  const secret = config.secret ?? '';
  if (secret !== '' && secret.length < 16) throw new Error('SITE_PROXY_SECRET must be at least 16 characters long');
  let warned = false;
  return async (ctx: Context, next: Next) => {
    const address = ctx.get(VISITOR_ADDRESS_HEADER);
    if (address !== '') {
      const vouched = await verifyVisitorAddress(secret, address, ctx.get(VISITOR_SIGNATURE_HEADER));
      if (vouched) {
        ctx.request.ip = vouched;
        // the call comes from the site's server (only it holds the secret): routes that take reports from the site only check this
        (ctx.state as VisitorState).vouchedVisitor = vouched;
      }
      else if (!warned) {
        warned = true;
        strapi.log.warn(
          `[visitor-ip] a request claimed a visitor address without a valid signature (from ${ctx.request.ip}); ` +
            (secret === '' ? 'SITE_PROXY_SECRET is not set, so the site cannot vouch for addresses' : 'check that the site has the same secret (NUXT_PROXY_SECRET)'),
        );
      }
    }
    await next();
  };
};
