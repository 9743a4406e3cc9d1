/**
 * The {{id}} module on a real Strapi (SQLite, or PostgreSQL + Redis with DATABASE_CLIENT=postgres):
 * its public route answers and refuses in the caller's language, its admin route needs a signed-in
 * admin whose role has the module's action, and the action is on the Roles page.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminWith, superAdmin, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { ACTIONS, PLUGIN_ID } from '../constants';

describe('{{id}} module', () => {
  let app: TestApp;
  let admins: { granted: TestAdmin; refused: TestAdmin; root: TestAdmin };

  beforeAll(async () => {
    app = await bootStrapi();
    admins = {
      granted: await adminWith(app, 'granted', [ACTIONS.read]),
      refused: await adminWith(app, 'refused', []),
      root: await superAdmin(app),
    };
  });
  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('answers the public ping', async () => {
    const response = await request(app.server).get(`/api/${PLUGIN_ID}/ping`).query({ echo: ' привет ' }).expect(200);
    expect(response.body.data).toMatchObject({ echo: 'привет' });
    expect(Number.isNaN(Date.parse(response.body.data.at))).toBe(false);
  });

  it('refuses a text over the limit with a 400 in Russian, or in English when asked', async () => {
    const long = 'a'.repeat(201);
    const ru = await request(app.server).get(`/api/${PLUGIN_ID}/ping`).query({ echo: long }).expect(400);
    expect(ru.body.error.message).toBe('Текст длиннее 200 символов');
    expect(ru.body.error.details.errors[0].path).toEqual(['echo']);
    const en = await request(app.server).get(`/api/${PLUGIN_ID}/ping`).query({ echo: long }).set('accept-language', 'en-US,en;q=0.9').expect(400);
    expect(en.body.error.message).toBe('The text is longer than 200 characters');
  });

  it('refuses an unknown query parameter naming it', async () => {
    const response = await request(app.server).get(`/api/${PLUGIN_ID}/ping`).query({ other: 'x' }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['other']);
  });

  it('keeps the admin route from anonymous callers and from admins without the action', async () => {
    await request(app.server).get(`/${PLUGIN_ID}/overview`).expect(401);
    await request(app.server).get(`/${PLUGIN_ID}/overview`).set('authorization', `Bearer ${admins.refused.token}`).expect(403);
  });

  it('opens the admin route to an admin whose role has the action', async () => {
    const response = await request(app.server).get(`/${PLUGIN_ID}/overview`).set('authorization', `Bearer ${admins.granted.token}`).expect(200);
    expect(response.body.data).toEqual({ module: PLUGIN_ID, maxEchoLength: 200 });
  });

  it('shows its action on the Roles page (the permissions the admin lists)', async () => {
    const response = await request(app.server).get('/admin/permissions').set('authorization', `Bearer ${admins.root.token}`).expect(200);
    const plugins = response.body.data.sections.plugins as Array<{ action: string; plugin: string; displayName: string }>;
    expect(plugins).toContainEqual(expect.objectContaining({ action: ACTIONS.read, plugin: PLUGIN_ID }));
  });
});
