import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { withErrors } from '../../../../platform/server/src/kit';
import { getService } from '../get-service';

const streams = ({ strapi }: { strapi: Core.Strapi }) =>
  withErrors({
    /** GET /api/event-builder/sessions/:documentId/stream */
    async findOne(ctx: Context) {
      const user = (ctx.state as { user?: { id: number } }).user ?? null;
      const service = getService(strapi, 'streams');
      ctx.set('cache-control', 'private, no-store');
      ctx.body = { data: await service.forViewer(String(ctx.params.documentId), user) };
    },
  });

export default streams;
