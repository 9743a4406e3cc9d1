/**
 * The site's security at its edge, in front of every route (pages, cached pages, the site's API):
 *
 * - secrets: a production build refuses to start with a missing NUXT_PROXY_SECRET (every visitor would
 *   share one sign-in budget at Strapi) or a placeholder, short or shared secret (cms/src/secrets.ts);
 * - bodies: a declared length over the limit of its type (NUXT_BODY_*_LIMIT) is refused with 413 before
 *   anything is read, a chunked body is counted as it arrives and its reader fails at the limit (h3's
 *   readBody and readMultipartFormData would otherwise buffer any size in memory);
 * - headers (server/utils/security-headers.ts): CSP with the hashes of Nuxt's own inline scripts,
 *   no framing except the preview by the admin's origin (NUXT_ADMIN_URL), HSTS (NUXT_HSTS_MAX_AGE),
 *   nosniff, referrer policy, no X-Powered-By.
 */
import cluster from 'node:cluster';
import type { IncomingMessage } from 'node:http';
import { SITE_SECRETS, assertSecrets, bodyLimitsOf, checkDeclaredBody, limitPushedBytes, originOf, type BodyLimits } from 'cms';
import type { H3Error } from 'h3';

const MESSAGE = 'Тело запроса слишком велико (Request body too large)';
/** Hashes of Nuxt's inline scripts seen in this process: the runtime config script is one per process; bounded anyway. */
const MAX_LEARNED_HASHES = 32;

function refuseToStart(message: string): never {
  console.error(`[site] ${message}`);
  // a cluster worker that exits is forked again: stop the primary too, so that the site does not start at all
  if (cluster.isWorker) process.kill(process.ppid, 'SIGTERM');
  process.exit(1);
}

function tooLarge(limit: number): H3Error {
  return createError({ statusCode: 413, statusMessage: 'Payload Too Large', message: MESSAGE, data: { limit } });
}

export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig();
  if (!import.meta.dev) {
    try {
      assertSecrets(
        { NUXT_PROXY_SECRET: String(config.proxySecret ?? ''), NUXT_PREVIEW_SECRET: String(config.previewSecret ?? ''), NUXT_REVALIDATE_SECRET: String(config.revalidateSecret ?? '') },
        SITE_SECRETS,
        'The site',
      );
    } catch (error) {
      refuseToStart(error instanceof Error ? error.message : String(error));
    }
  }

  let limits: BodyLimits;
  let adminOrigin: string | null;
  let mediaOrigin: string;
  try {
    limits = bodyLimitsOf(
      { json: String(config.bodyJsonLimit ?? ''), form: String(config.bodyFormLimit ?? ''), text: String(config.bodyTextLimit ?? ''), multipart: String(config.bodyFileLimit ?? '') },
      { json: 'NUXT_BODY_JSON_LIMIT', form: 'NUXT_BODY_FORM_LIMIT', text: 'NUXT_BODY_TEXT_LIMIT', multipart: 'NUXT_BODY_FILE_LIMIT' },
    );
    mediaOrigin = originOf(String(config.public.strapiPublicUrl), 'NUXT_PUBLIC_STRAPI_PUBLIC_URL');
    // the admin is served by Strapi: its public URL unless told otherwise
    adminOrigin = String(config.adminUrl ?? '') === '' ? mediaOrigin : originOf(String(config.adminUrl), 'NUXT_ADMIN_URL');
  } catch (error) {
    refuseToStart(error instanceof Error ? error.message : String(error));
  }
  const hstsMaxAge = Number(config.hstsMaxAge ?? 31536000);
  const learned = new Set<string>();
  const headersFor = (path: string, scriptHashes: readonly string[]) => securityHeaders({ path, scriptHashes, mediaOrigins: [mediaOrigin], adminOrigin, hstsMaxAge: Number.isFinite(hstsMaxAge) ? hstsMaxAge : 0 });

  const app = nitroApp.h3App;
  const handler = app.handler;
  app.handler = (event) => {
    const req = event.node.req as IncomingMessage & { __unenv__?: unknown };
    // the site's own calls while rendering (localFetch) neither carry a socket body nor get headers
    if (!req.__unenv__) {
      const res = event.node.res;
      // a cached page is sent before the renderer runs: it gets the hashes this process has rendered
      for (const [name, value] of Object.entries(headersFor(req.url ?? '/', [...learned]))) res.setHeader(name, value);
      const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
      if (hasBody) {
        const verdict = checkDeclaredBody({ contentType: req.headers['content-type'], contentLength: req.headers['content-length'] }, limits);
        if (!verdict.ok) {
          res.setHeader('connection', 'close');
          return Promise.reject(tooLarge(verdict.limit));
        }
        if (verdict.declared === null) {
          limitPushedBytes(req, verdict.limit, () => {
            res.setHeader('connection', 'close');
            if (req.listenerCount('error') > 0) req.emit('error', tooLarge(verdict.limit));
          });
        }
      }
    }
    return handler(event);
  };

  // the inline scripts Nuxt writes itself (head and after the app: the runtime config), never the app's markup
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const hashes = inlineScriptHashes([...html.head, ...html.bodyAppend].join(''));
    event.context.scriptHashes = hashes;
    for (const hash of hashes) {
      if (learned.size >= MAX_LEARNED_HASHES && !learned.has(hash)) learned.delete(learned.values().next().value as string);
      learned.add(hash);
    }
  });

  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const hashes = (event.context.scriptHashes as string[] | undefined) ?? [];
    const headers = (response.headers ??= {}) as Record<string, string>;
    delete headers['x-powered-by'];
    Object.assign(headers, headersFor(event.path, hashes));
  });
});
