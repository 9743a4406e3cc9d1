/**
 * Access by email: an organizer invited from the admin panel (`POST /admin/users`) gets a letter with
 * the absolute registration link of the admin panel, through the SMTP server, once. Who may give
 * which role is checked on the way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages, startSmtpSink, waitForMessage, type SmtpSink } from '../../../../../../scripts/smtp-sink/sink';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { platform } from '../../../../platform/server/src/kit';
import { sleep } from '../../../../../../scripts/testing/wait';
import { ROLE_CODES, SUPER_ADMIN_CODE } from '../domain/roles';
import { INVITATION_JOB } from '../rbac/accounts';
import { account, adminApi, roleId, type Account } from './rbac-fixtures';

describe('organizer invitations by email', () => {
  let app: TestApp;
  let sink: SmtpSink;
  let mailDir: string;
  let client: Account;
  let eventAdmin: Account;
  let superAdmin: Account;
  const roles = {} as Record<'superAdmin' | 'clientAdmin' | 'eventAdmin' | 'manager', number>;

  const jobs = () => platform(app.strapi).jobs;
  const invite = (who: Account, email: string, roleIds: number[]) =>
    adminApi(app, who).post('/admin/users', { firstname: 'Ирина', lastname: 'Новикова', email, roles: roleIds });

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'mmso-invitations-'));
    sink = await startSmtpSink({ port: 0, dir: mailDir });
    app = await bootStrapi({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), PUBLIC_URL: 'https://events.uni.test' } });
    client = await account(app, 'client', ['clientAdmin']);
    eventAdmin = await account(app, 'event-admin', ['eventAdmin']);
    superAdmin = await account(app, 'root', ['superAdmin']);
    roles.superAdmin = await roleId(app, SUPER_ADMIN_CODE);
    roles.clientAdmin = await roleId(app, ROLE_CODES.clientAdmin);
    roles.eventAdmin = await roleId(app, ROLE_CODES.eventAdmin);
    roles.manager = await roleId(app, ROLE_CODES.eventManager);
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
    await sink?.close();
    if (mailDir) await rm(mailDir, { recursive: true, force: true });
  });

  it('sends the invited organizer the registration link of the admin panel', async () => {
    const response = await invite(client, 'irina.manager@uni.test', [roles.manager]);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const token = (response.body as { data: { registrationToken: string } }).data.registrationToken;
    expect(token).toBeTruthy();

    const mail = await waitForMessage(mailDir, (message) => message.to.includes('irina.manager@uni.test'), 15_000);
    const link = `https://events.uni.test/admin/auth/register?registrationToken=${token}`;
    expect(mail.subject).toContain('Приглашение');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('client Тестов приглашает вас');
    expect(mail.text).toContain('Менеджер события');
    expect(mail.text).toMatch(/You are invited/);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.headers['x-mmso-purpose']).toBe('organizer-invitation');

    // the link works: the admin panel finds the invitation by its token
    const info = await request(app.server).get(`/admin/registration-info?registrationToken=${encodeURIComponent(token)}`);
    expect(info.status).toBe(200);
    expect((info.body as { data: { email: string } }).data.email).toBe('irina.manager@uni.test');
  });

  it('sends one letter per organizer, however often the job is asked for', async () => {
    const response = await invite(client, 'once@uni.test', [roles.eventAdmin]);
    const id = (response.body as { data: { id: number } }).data.id;
    await waitForMessage(mailDir, (message) => message.to.includes('once@uni.test'), 15_000);
    const again = await jobs().enqueue(INVITATION_JOB, { userId: id, inviter: null }, { uniqueKey: `admin-invitation:${id}` });
    expect(again.created).toBe(false);
    expect((await jobs().list({ name: INVITATION_JOB })).filter((job) => job.uniqueKey === `admin-invitation:${id}`)).toHaveLength(1);
    // a job of the same letter run again (a retry after a crash) queues no second message
    await jobs().enqueue(INVITATION_JOB, { userId: id, inviter: null }, { uniqueKey: `admin-invitation:${id}:again` });
    await sleep(1_000);
    expect(await platform(app.strapi).mail.list({ purpose: 'organizer-invitation', to: 'once@uni.test' })).toHaveLength(1);
    expect((await readMessages(mailDir)).filter((message) => message.to.includes('once@uni.test'))).toHaveLength(1);
  });

  it('lets an event administrator invite event organizers, and nothing more', async () => {
    const ok = await invite(eventAdmin, 'new.manager@uni.test', [roles.manager]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    await waitForMessage(mailDir, (message) => message.to.includes('new.manager@uni.test'), 15_000);

    for (const [email, role] of [
      ['would.be.client@uni.test', roles.clientAdmin],
      ['would.be.super@uni.test', roles.superAdmin],
    ] as const) {
      const denied = await invite(eventAdmin, email, [role]);
      expect(denied.status).toBe(403);
      expect(await app.strapi.db.query('admin::user').count({ where: { email } })).toBe(0);
    }
  });

  it('keeps Super Admins out of a client administrator’s reach', async () => {
    const denied = await invite(client, 'another.super@uni.test', [roles.superAdmin]);
    expect(denied.status).toBe(403);
    const changed = await adminApi(app, client).put(`/admin/users/${superAdmin.id}`, { firstname: 'Взломан' });
    expect(changed.status).toBe(403);
    expect(await app.strapi.db.query('admin::user').findOne({ where: { id: superAdmin.id } })).toMatchObject({ firstname: 'root' });
    // with a second Super Admin, Strapi's own "not the last one" check lets the request reach ours
    await account(app, 'root2', ['superAdmin']);
    const deleted = await adminApi(app, client).delete(`/admin/users/${superAdmin.id}`);
    expect(deleted.status).toBe(403);
    expect(await app.strapi.db.query('admin::user').count({ where: { id: superAdmin.id } })).toBe(1);
    // the other accounts are the client administrator's to manage
    const promoted = await adminApi(app, client).put(`/admin/users/${eventAdmin.id}`, { roles: [roles.eventAdmin, roles.manager] });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
  });

  it('sends nothing to accounts created active (no invitation)', async () => {
    await account(app, 'direct', ['manager']);
    await sleep(500);
    expect((await readMessages(mailDir)).some((message) => message.to.includes('direct@org.test'))).toBe(false);
  });
});
