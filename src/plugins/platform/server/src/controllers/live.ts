import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { withErrors } from '../http/respond';
import { getService } from '../get-service';

/** The bus topic of the admin's ping stream (anything published on it reaches every open stream). */
export const LIVE_PING_TOPIC = 'platform.live.ping';

const live = ({ strapi }: { strapi: Core.Strapi }) =>
  withErrors({
    /** GET /platform/live/ping (admin): a stream of the messages published on `platform.live.ping`. */
    async ping(ctx: Context) {
      await getService(strapi, 'live').stream(ctx, { topics: [LIVE_PING_TOPIC] });
    },
  });

export default live;
