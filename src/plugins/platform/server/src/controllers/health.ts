import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { isReadinessOperator, READINESS_TOKEN_HEADER, readinessAnswer, type ReadinessReport } from '../domain/readiness';

type HealthService = { readiness(): Promise<ReadinessReport> };

const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/platform/ready: 200 when every dependency answers, else 503. The checks (and the
   * dependencies' error texts) only for operators sending READINESS_TOKEN in `x-readiness-token`.
   */
  async ready(ctx: Context) {
    const report = await (strapi.plugin('platform').service('health') as HealthService).readiness();
    const token = (strapi.plugin('platform').config('readinessToken') as string | undefined) ?? '';
    ctx.set('cache-control', 'no-store');
    ctx.status = report.status === 'ok' ? 200 : 503;
    ctx.body = readinessAnswer(report, isReadinessOperator(ctx.get(READINESS_TOKEN_HEADER), token));
  },
});

export default health;
