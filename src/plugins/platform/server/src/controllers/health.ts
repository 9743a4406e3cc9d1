import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

type HealthService = { readiness(): Promise<{ status: 'ok' | 'unavailable' }> };

const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/platform/ready: 200 when every dependency answers, 503 naming the one that did not. */
  async ready(ctx: Context) {
    const report = await (strapi.plugin('platform').service('health') as HealthService).readiness();
    ctx.set('cache-control', 'no-store');
    ctx.status = report.status === 'ok' ? 200 : 503;
    ctx.body = report;
  },
});

export default health;
