/**
 * `global::body-limit`: a body is limited before it is read, whatever route it is for (REST, GraphQL,
 * admin, plugins) and however its path is spelled. A declared Content-Length over the limit of its
 * content type (cms/src/body-limits.ts) is refused at once with 413; a body without a length (chunked)
 * is counted as the socket delivers it, and the reading stops at the limit: whoever reads it (koa-body,
 * GraphQL's body parser, formidable) gets a PayloadTooLargeError, answered 413. Nothing past the limit
 * is buffered in memory or written to disk.
 */
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { checkDeclaredBody, limitPushedBytes, type BodyLimits } from '../../cms/src/body-limits';

const MESSAGE = 'Тело запроса слишком велико (Request body too large)';

function tooLarge(limit: number): InstanceType<typeof errors.PayloadTooLargeError> {
  return new errors.PayloadTooLargeError(MESSAGE, { limit });
}

export default (config: BodyLimits) => {
  return async (ctx: Context, next: Next) => {
    const req = ctx.req;
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return next();
    const verdict = checkDeclaredBody({ contentType: req.headers['content-type'], contentLength: req.headers['content-length'] }, config);
    if (!verdict.ok) {
      // the unread body is not waited for: the connection closes after the answer
      ctx.set('Connection', 'close');
      throw tooLarge(verdict.limit);
    }
    if (verdict.declared === null) {
      limitPushedBytes(req, verdict.limit, () => {
        ctx.set('Connection', 'close');
        // a reader waiting for the body fails now; without one nothing more is read
        if (req.listenerCount('error') > 0) req.emit('error', tooLarge(verdict.limit));
      });
    }
    return next();
  };
};
