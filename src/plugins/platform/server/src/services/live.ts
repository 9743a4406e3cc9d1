/**
 * Live updates for admin and attendee pages: a route handler streams server-sent events of the bus
 * topics it names, so a message published on any instance (Redis pub/sub) reaches every open page.
 * Admin routes authenticate with the admin JWT in the Authorization header (Strapi's admin auth of
 * `type: 'admin'` routes; pages open the stream with fetch, never a token in the URL); attendee
 * routes are reached through the site, which adds the attendee's JWT from its cookie.
 */
import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { SSE_HEARTBEAT, sseEvent, sseRetry } from '../domain/live';
import { localized } from '../http/errors';
import { requestText } from '../http/messages';
import type { JsonValue } from '../queue/types';
import { getService, getConfig } from '../get-service';

export interface LiveStreamOptions {
  /** Bus topics whose messages the stream carries; each event is named by its topic. */
  topics: string[];
  /** Keeps only the messages this viewer may see (default: all). */
  filter?: (message: JsonValue, topic: string) => boolean | Promise<boolean>;
  /** Sent first, as the event `ready` (e.g. the current state the page starts from). */
  initial?: JsonValue;
  /** Comment lines this often keep proxies from closing an idle stream (default: the setting live.heartbeatMs, 15 s). */
  heartbeatMs?: number;
}

const live = ({ strapi }: { strapi: Core.Strapi }) => {
  const open = new Set<PassThrough>();
  const bus = () => getService(strapi, 'bus');

  const service = {
    /**
     * Answers the request with a stream of server-sent events of `topics` until the client goes
     * away (or the instance stops): subscriptions and the heartbeat end with it.
     * @throws UnauthorizedError when the route's authentication found nobody (`ctx.state.user`).
     */
    async stream(ctx: Context, options: LiveStreamOptions): Promise<void> {
      if (!(ctx.state as { user?: unknown }).user) throw localized(errors.UnauthorizedError, requestText('live.sign-in'));
      const body = new PassThrough();
      const write = (chunk: string) => {
        if (!body.destroyed && !body.writableEnded) body.write(chunk);
      };
      const unsubscribe: Array<() => Promise<void>> = [];
      for (const topic of options.topics) {
        unsubscribe.push(
          await bus().subscribe(topic, async (message, from) => {
            if (options.filter && !(await options.filter(message, from))) return;
            write(sseEvent(from, message));
          }),
        );
      }
      const heartbeat = setInterval(() => write(SSE_HEARTBEAT), options.heartbeatMs ?? getConfig(strapi, 'live').heartbeatMs);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        open.delete(body);
        body.end();
        void Promise.all(unsubscribe.map((off) => off())).catch((error: unknown) =>
          strapi.log.warn(`[platform] live: unsubscribe failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      };
      // the response closes when the client goes away (the request of a GET may be done long before)
      ctx.res.on('close', close);
      body.on('close', close);
      open.add(body);

      ctx.req.socket.setTimeout(0);
      ctx.req.socket.setNoDelay(true);
      ctx.req.socket.setKeepAlive(true);
      ctx.status = 200;
      ctx.set('content-type', 'text/event-stream; charset=utf-8');
      ctx.set('cache-control', 'no-cache, no-transform');
      ctx.set('connection', 'keep-alive');
      // nginx and similar proxies would hold the events back in their buffers
      ctx.set('x-accel-buffering', 'no');
      ctx.body = body;
      write(sseRetry(3_000));
      write(sseEvent('ready', options.initial ?? null));
    },

    /** Streams open on this instance (they end when their clients go away). */
    connections(): number {
      return open.size;
    },

    /** Ends every stream (the instance stops). */
    closeAll(): void {
      for (const body of [...open]) body.end();
    },
  };
  return service;
};

export type LiveService = ReturnType<typeof live>;
export default live;
