/**
 * Finding 14: /api/platform/ready tells anyone only whether the instance is ready; the checks and
 * the error texts of the database and Redis only to operators with READINESS_TOKEN.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { breakableAppForFile } from '../../../scripts/testing/lifecycle';

const READINESS_TOKEN = 'readiness-token-for-operators-0123456789';

describe('readiness details', () => {
  const appOf = breakableAppForFile({ READINESS_TOKEN });

  it('answers anyone with the status only', async () => {
    const response = await request(appOf().server).get('/api/platform/ready').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('gives the checks to an operator with the token, and nothing more to a wrong token or the site token', async () => {
    const operator = await request(appOf().server).get('/api/platform/ready').set('x-readiness-token', READINESS_TOKEN).expect(200);
    expect(operator.body.checks.database).toEqual({ status: 'ok' });
    for (const headers of [{ 'x-readiness-token': 'wrong' }, { 'x-readiness-token': READINESS_TOKEN.slice(0, -1) }, { authorization: `Bearer ${READINESS_TOKEN}x` }]) {
      const response = await request(appOf().server).get('/API/platform/ready').set(headers).expect(200);
      expect(response.body).toEqual({ status: 'ok' });
    }
  });

  it('hides the error texts from anyone when the database is gone, and gives them to the operator', async () => {
    if (appOf().db.client === 'postgres') await appOf().db.kill();
    else await appOf().strapi.db.connection.destroy();
    const anyone = await request(appOf().server).get('/api/platform/ready').expect(503);
    expect(anyone.body).toEqual({ status: 'unavailable' });
    const operator = await request(appOf().server).get('/api/platform/ready').set('x-readiness-token', READINESS_TOKEN).expect(503);
    expect(operator.body.checks.database.status).toBe('fail');
    expect(operator.body.checks.database.error).toEqual(expect.any(String));
  });
});
