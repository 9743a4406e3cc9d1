import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { breakableAppForFile } from '../../../../../../scripts/testing/lifecycle';

describe('readiness and liveness', () => {
  const operator = { 'x-readiness-token': 'operators-readiness-token-0123456789' };
  const appOf = breakableAppForFile({ READINESS_TOKEN: operator['x-readiness-token'] });

  it('is live on /_health', async () => {
    await request(appOf().server).get('/_health').expect(204);
  });

  it('is ready when the database (and Redis, when configured) answer', async () => {
    // the checks only for operators (issue 10, finding 14): anyone else learns ready or not
    expect((await request(appOf().server).get('/api/platform/ready').expect(200)).body).toEqual({ status: 'ok' });
    const response = await request(appOf().server).get('/api/platform/ready').set(operator).expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'ok' }, redis: { status: process.env.REDIS_URL ? 'ok' : 'skipped' } },
    });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 naming the database when the database is gone', async () => {
    if (appOf().db.client === 'postgres') {
      // drop the database under the running instance: its connections are terminated
      await appOf().db.kill();
    } else {
      // an open SQLite file survives deletion: close the instance's connections instead
      await appOf().strapi.db.connection.destroy();
    }
    const response = await request(appOf().server).get('/api/platform/ready').set(operator).expect(503);
    expect(response.body.status).toBe('unavailable');
    expect(response.body.checks.database.status).toBe('fail');
    expect(response.body.checks.database.error).toEqual(expect.any(String));
  });
});
