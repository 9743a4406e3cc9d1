import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { isReadinessOperator, READINESS_TOKEN_HEADER, readinessAnswer } from '../domain/readiness';
import { getConfig, getService } from '../get-service';


const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/platform/ready: 200 when every dependency answers, else 503. The checks (and the
   * dependencies' error texts) only for operators sending READINESS_TOKEN in `x-readiness-token`.
   */
  async ready(ctx: Context) {
    const report = await getService(strapi, 'health').readiness();
    const token = getConfig(strapi, 'readinessToken');
    ctx.set('cache-control', 'no-store');
    ctx.status = report.status === 'ok' ? 200 : 503;
    ctx.body = readinessAnswer(report, isReadinessOperator(ctx.get(READINESS_TOKEN_HEADER), token));
  },
});

export default health;
