/** Shared set-up of the registration API tests: a Strapi with an SMTP sink, events, users, tokens. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import request from 'supertest';
import { adminRoleId, adminWithRoles, superAdmin, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { readMessages, type SmtpSink } from '../../../../../../scripts/smtp-sink/sink';
import { bootWithMailSink } from '../../../../../../scripts/testing/personal-data';
import { waitFor } from '../../../../../../scripts/testing/wait';
import type { TestApp } from '../../../../../../scripts/testing/strapi';

export interface Harness {
  app: TestApp;
  sink: SmtpSink;
  filesDir: string;
  knex: Knex;
  stop(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const filesDir = await mkdtemp(join(tmpdir(), 'mmso-reg-files-'));
  const { app, sink, stop } = await bootWithMailSink({ REGISTRATION_FILES_DIR: filesDir, ...env });
  // every test request comes from 127.0.0.1: the per-IP limit is tested on its own
  app.strapi.config.set('plugin::registration.codes.perIp', { max: 10_000, windowMs: 60_000 });
  app.strapi.config.set('plugin::registration.pending.perIp', { max: 10_000, windowMs: 60_000 });
  return {
    app,
    sink,
    filesDir,
    knex: app.strapi.db.connection as unknown as Knex,
    async stop() {
      await stop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

export interface EventOptions {
  privacy?: 'public' | 'link' | 'invite' | 'closed';
  capacity?: number | null;
  waitlistEnabled?: boolean;
  registrationOpen?: boolean;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  startsAt?: string;
  endsAt?: string;
  registrationForm?: Array<Record<string, unknown>>;
  allowlist?: string;
  invitedUsers?: number[];
}

/** A published event open for registration (a year ahead) unless told otherwise. */
export async function createEvent(app: TestApp, slug: string, options: EventOptions = {}): Promise<string> {
  const year = new Date().getUTCFullYear() + 1;
  const created = await app.strapi.documents('api::event.event').create({
    data: {
      title: `Событие ${slug}`,
      slug,
      startsAt: options.startsAt ?? `${year}-06-01T07:00:00.000Z`,
      endsAt: options.endsAt ?? `${year}-06-01T15:00:00.000Z`,
      timezone: 'Europe/Moscow',
      format: 'offline',
      privacy: options.privacy ?? 'public',
      registrationOpen: options.registrationOpen ?? true,
      registrationOpensAt: options.registrationOpensAt,
      registrationClosesAt: options.registrationClosesAt,
      capacity: options.capacity ?? null,
      waitlistEnabled: options.waitlistEnabled ?? false,
      registrationForm: options.registrationForm ?? [],
      allowlist: options.allowlist,
      invitedUsers: options.invitedUsers,
    } as never,
    status: 'published',
  });
  return created.documentId;
}

export interface TestUser {
  id: number;
  email: string;
  token: string;
}

/** A user with a complete base profile (and optionally more), and an access token. */
export async function createUser(app: TestApp, email: string, profile: Record<string, unknown> = {}): Promise<TestUser> {
  const { strapi } = app;
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
  const user = (await (strapi.plugin('users-permissions').service('user') as { add(data: Record<string, unknown>): Promise<{ id: number }> }).add({
    username: email,
    email,
    provider: 'local',
    password: 'Secret-pass-2026',
    confirmed: true,
    blocked: false,
    role: role.id,
    firstName: 'Иван',
    lastName: 'Петров',
    ...profile,
  })) as { id: number };
  return { id: user.id, email, token: await tokenFor(app, user.id) };
}

export async function tokenFor(app: TestApp, id: number): Promise<string> {
  const jwt = app.strapi.plugin('users-permissions').service('jwt') as { issue(payload: { id: number }): Promise<string> | string };
  return jwt.issue({ id });
}

/** The current consent version (the plugin seeds version 1). */
export async function consentVersion(app: TestApp): Promise<number> {
  const row = (await app.strapi.db.query('plugin::registration.consent-text').findOne({ orderBy: { version: 'desc' } })) as { version: number };
  return row.version;
}

/** Sign-in codes mailed to `email` so far (by the sign-in form, or for an anonymous registration), oldest first. */
export async function codesFor(sink: SmtpSink, email: string): Promise<string[]> {
  const messages = await readMessages(sink.dir);
  return messages.filter((m) => m.to.includes(email.toLowerCase()) && /^(Код для входа|Код подтверждения регистрации)/.test(m.subject)).map((m) => /(\d{6})/.exec(m.subject)?.[1] ?? '');
}

/** Waits for sign-in code number `index` (0-based) mailed to `email`. */
export async function mailedCode(sink: SmtpSink, email: string, index = 0): Promise<string> {
  const codes = await waitFor(
    async () => {
      const found = await codesFor(sink, email);
      return found.length > index ? found : null;
    },
    `sign-in code #${index + 1} for ${email}`,
  );
  return codes[index] ?? '';
}

export { mailedErasureCode } from '../../../../../../scripts/testing/personal-data';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Enters the latest code mailed to `email` (the one that answers an anonymous submission) on the
 * event's confirm route; resolves with the API's answer (201 registration + session on success).
 * `index`: which code to wait for (0-based; default: one more than were there before the submission).
 */
export async function confirmWithMailedCode(app: TestApp, sink: SmtpSink, slug: string, email: string, index: number, headers: Record<string, string> = {}) {
  const code = await mailedCode(sink, email, index);
  return request(app.server).post(`/api/registration/events/${slug}/registrations/confirm`).set(headers).send({ email, code });
}

/** Smallest files of each kind, by their real first bytes. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  exe: Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(200, 0)]),
  png: Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e5d2d60000000049454e44ae426082',
    'hex',
  ),
};

/**
 * Many users at once (rows written directly, then an access token each): for the race tests.
 * Each has a complete base profile and the default role.
 */
export async function createUsers(app: TestApp, prefix: string, count: number): Promise<TestUser[]> {
  const knex = app.strapi.db.connection as unknown as Knex;
  const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
  const now = new Date();
  const rows = Array.from({ length: count }, (_, i) => ({
    document_id: `${prefix}${String(i).padStart(24 - prefix.length, '0')}`.slice(0, 24),
    username: `${prefix}-${i}@uni.test`,
    email: `${prefix}-${i}@uni.test`,
    provider: 'local',
    confirmed: true,
    blocked: false,
    first_name: 'Гонка',
    last_name: `Участник ${i}`,
    created_at: now,
    updated_at: now,
    published_at: now,
  }));
  const users: Array<{ id: number; email: string }> = [];
  for (let i = 0; i < rows.length; i += 100) {
    await knex('up_users').insert(rows.slice(i, i + 100));
  }
  const inserted = (await knex('up_users')
    .whereIn(
      'email',
      rows.map((r) => r.email),
    )
    .select('id', 'email')) as Array<{ id: number; email: string }>;
  users.push(...inserted);
  const linkColumns = Object.keys(await knex('up_users_role_lnk').columnInfo());
  await knex('up_users_role_lnk').insert(
    users.map((user) => ({ user_id: user.id, role_id: role.id, ...(linkColumns.includes('user_ord') ? { user_ord: 1 } : {}) })),
  );
  const byEmail = new Map(users.map((user) => [user.email, user.id]));
  const out: TestUser[] = [];
  for (const row of rows) {
    const id = byEmail.get(row.email) ?? 0;
    out.push({ id, email: row.email, token: await tokenFor(app, id) });
  }
  return out;
}

interface ConfirmationsControl {
  start(): void;
  stop(): Promise<void>;
}

/** Confirmation mails at test speed: the sweeper looks every `intervalMs`, from now on. */
export async function fastConfirmations(app: TestApp, intervalMs = 50): Promise<void> {
  const sweeper = app.strapi.plugin('registration').service('confirmations') as ConfirmationsControl;
  await sweeper.stop();
  app.strapi.config.set('plugin::registration.confirmations.intervalMs', intervalMs);
  sweeper.start();
}

/**
 * Waits until every registration of the last day that is due a confirmation has had it queued and
 * every confirmation job has finished: after this, the sink holds every confirmation there will be.
 */
export async function confirmationsSettled(app: TestApp): Promise<void> {
  const knex = app.strapi.db.connection as unknown as Knex;
  const distinct = app.strapi.db.dialect.client === 'postgres' ? 'is distinct from' : 'is not';
  const maxAgeMs = app.strapi.config.get('plugin::registration.confirmations.maxAgeMs') as number;
  await waitFor(
    async () => {
      const unswept = (await knex('registration_registrations')
        .whereIn('status', ['registered', 'waitlisted'])
        .whereRaw(`confirmed_arrival ${distinct} arrival`)
        .andWhere('updated_at', '>=', new Date(Date.now() - maxAgeMs))
        .count({ n: '*' })
        .first()) as { n: number | string };
      const unsent = (await knex('platform_jobs')
        .where({ name: 'registration.confirmation-mail' })
        .whereIn('status', ['pending', 'running'])
        .count({ n: '*' })
        .first()) as { n: number | string };
      // the job puts the mail in the platform's outbox, whose own job sends it
      const queued = (await knex('platform_mail_messages').where({ status: 'queued' }).count({ n: '*' }).first()) as { n: number | string };
      return Number(unswept.n) === 0 && Number(unsent.n) === 0 && Number(queued.n) === 0;
    },
    'confirmations to be queued and sent',
  );
}

/** A published event with a form, capacity 100 and the given organizers: for the organizers' lists. */
export async function createOrganizedEvent(
  app: TestApp,
  options: { title: string; slug: string; form: Array<Record<string, unknown>>; admins?: number[]; managers?: number[] },
): Promise<string> {
  const created = await app.strapi.documents('api::event.event').create({
    data: {
      title: options.title,
      slug: options.slug,
      startsAt: '2027-06-01T07:00:00.000Z',
      endsAt: '2027-06-01T15:00:00.000Z',
      timezone: 'Europe/Moscow',
      format: 'offline',
      privacy: 'public',
      registrationOpen: true,
      capacity: 100,
      registrationForm: options.form,
      admins: options.admins ?? [],
      managers: options.managers ?? [],
    } as never,
    status: 'published',
  });
  return created.documentId;
}

/** A confirmed site user written directly (no role, no token) with the given profile: a registrant of the lists' tests. */
export async function createPerson(app: TestApp, email: string, profile: Record<string, unknown>): Promise<number> {
  const user = (await app.strapi.db.query('plugin::users-permissions.user').create({
    data: { username: email, email, provider: 'local', confirmed: true, blocked: false, ...profile },
  })) as { id: number };
  return user.id;
}

/** The registrations service as the lists' tests drive it (claims and cancellations without the HTTP way). */
export interface RegistrationsDriver {
  claim(input: Record<string, unknown>): Promise<{ record: { id: number } }>;
  cancel(eventDocumentId: string, userId: number): Promise<unknown>;
}
export const registrationsDriver = (app: TestApp) => app.strapi.plugin('registration').service('registrations') as RegistrationsDriver;

/** A Super Admin and two event managers (of no event yet), named by `prefix`. */
export async function listOrganizers(app: TestApp, prefix: string): Promise<{ root: TestAdmin; managerA: TestAdmin; managerB: TestAdmin }> {
  const managerRole = await adminRoleId(app, 'mmso-event-manager');
  return {
    root: await superAdmin(app, `${prefix}-root`),
    managerA: await adminWithRoles(app, `${prefix}-manager-a`, [managerRole]),
    managerB: await adminWithRoles(app, `${prefix}-manager-b`, [managerRole]),
  };
}

/** Entries of the platform's access log so far. */
export const accessLogCount = async (knex: Knex): Promise<number> =>
  Number(((await knex('platform_access_log').count({ count: '*' })) as Array<{ count: number | string }>)[0]?.count ?? 0);

/** Ids of the files stored for answers (in the database: every instance serves them). */
export const storedFileIds = async (h: Pick<Harness, 'knex'>): Promise<string[]> =>
  ((await h.knex('registration_files').select('file_id')) as Array<{ file_id: string }>).map((row) => row.file_id);

/** A stored file's bytes. */
export async function storedFileBytes(h: Pick<Harness, 'knex'>, id: string): Promise<Buffer | null> {
  const row = (await h.knex('registration_files').where({ file_id: id }).first('bytes')) as { bytes: Uint8Array } | undefined;
  return row ? Buffer.from(row.bytes) : null;
}
