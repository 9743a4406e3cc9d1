import type { Core } from '@strapi/strapi';
import { describeError } from '../domain/backoff';
import { readinessOf, withTimeout, type CheckResult, type ReadinessReport } from '../domain/readiness';
import { getService } from '../get-service';

const CHECK_TIMEOUT_MS = 2_000;

const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Whether this instance can serve: the database answers and, when configured, Redis does. */
  async readiness(): Promise<ReadinessReport> {
    const check = async (run: () => Promise<unknown>, what: string): Promise<CheckResult> => {
      try {
        await withTimeout(run(), CHECK_TIMEOUT_MS, what);
        return { status: 'ok' };
      } catch (error) {
        return { status: 'fail', error: describeError(error) };
      }
    };
    const redis = getService(strapi, 'redis-connections');
    const [database, redisCheck] = await Promise.all([
      check(() => strapi.db.connection.raw('select 1'), 'database'),
      redis.enabled ? check(() => redis.ping(), 'redis') : Promise.resolve<CheckResult>({ status: 'skipped' }),
    ]);
    return readinessOf({ database, redis: redisCheck });
  },
});

export default health;
