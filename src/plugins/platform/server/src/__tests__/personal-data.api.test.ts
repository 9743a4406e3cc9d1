/**
 * The personal-data registry through the cabinet's real routes: a module that only registers (here
 * a test-only one with its own table) is in the export and is erased with the account, in the
 * erasure's one transaction: a module that fails leaves everything as it was.
 */
import type { Knex } from 'knex';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithMailSink, eraseMyAccount, exportMyData, type MailingApp } from '../../../../../../scripts/testing/personal-data';
import { createAttendee, type TestUser } from '../../../../../../scripts/testing/users';
import { platform } from '../kit';

const NOTES = 'test_personal_notes';

describe('a module registered only through the personal-data registry', () => {
  let m: MailingApp;
  let knex: Knex;
  let alice: TestUser;
  let bob: TestUser;
  let failing = false;

  beforeAll(async () => {
    m = await bootWithMailSink();
    knex = m.app.strapi.db.connection as unknown as Knex;
    await knex.schema.createTable(NOTES, (table) => {
      table.increments('id');
      table.integer('user_id').notNullable();
      table.string('text').notNullable();
    });
    const registry = platform(m.app.strapi).personalData;
    registry.register({
      module: 'test-notes',
      export: async (userId) => (await knex(NOTES).where({ user_id: userId }).orderBy('id').select('text')).map((row: { text: string }) => row.text),
      erase: async (userId, { trx }) => {
        await trx(NOTES).where({ user_id: userId }).delete();
      },
    });
    registry.register({
      module: 'test-failing',
      export: async () => ({ ok: true }),
      erase: async () => {
        if (failing) throw new Error('test module: erasure failed');
      },
    });
    alice = await createAttendee(m.app, 'alice');
    bob = await createAttendee(m.app, 'bob');
    await knex(NOTES).insert([
      { user_id: alice.id, text: 'заметка Алисы 1' },
      { user_id: alice.id, text: 'заметка Алисы 2' },
      { user_id: bob.id, text: 'заметка Боба' },
    ]);
  });
  afterAll(async () => {
    await m?.stop();
  });

  it('is in the export of my data, beside every module that registered', async () => {
    const data = await exportMyData(m.app, alice.jwt);
    expect(data['test-notes']).toEqual(['заметка Алисы 1', 'заметка Алисы 2']);
    expect(data['test-failing']).toEqual({ ok: true });
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['exportedAt', 'registration', 'engagement', ...platform(m.app.strapi).personalData.modules()]));
    expect(data.registration).toMatchObject({ account: { id: alice.id, email: alice.email } });
  });

  it('is erased with my account; a failing module rolls the whole erasure back', async () => {
    failing = true;
    await eraseMyAccount(m, alice, 500);
    expect(await knex('up_users').where({ id: alice.id }).first()).toBeTruthy();
    expect(await knex(NOTES).where({ user_id: alice.id })).toHaveLength(2);
    await request(m.app.server).get('/api/registration/me').set('authorization', `Bearer ${alice.jwt}`).expect(200);

    failing = false;
    await eraseMyAccount(m, alice);
    expect(await knex('up_users').where({ id: alice.id }).first()).toBeUndefined();
    expect(await knex(NOTES).where({ user_id: alice.id })).toEqual([]);
    expect(await knex(NOTES).where({ user_id: bob.id })).toHaveLength(1);
  });

  it('refuses a second registration of a module, and a malformed name', () => {
    const registry = platform(m.app.strapi).personalData;
    const entry = { export: async () => null, erase: async () => undefined };
    expect(() => registry.register({ module: 'test-notes', ...entry })).toThrow('registered already');
    expect(() => registry.register({ module: 'exportedAt', ...entry })).toThrow('invalid module name');
    expect(() => registry.register({ module: '', ...entry })).toThrow('invalid module name');
  });
});
