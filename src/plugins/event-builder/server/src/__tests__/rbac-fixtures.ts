/**
 * Fixtures of the organizer-role tests: admin accounts with the platform's roles, signed in through
 * `POST /admin/login`, and events and sessions with their administrators and managers.
 */
import request from 'supertest';
import { adminRoleId } from '../../../../../../scripts/testing/admins';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { ROLE_CODES, SUPER_ADMIN_CODE } from '../domain/roles';

export const EVENT = 'api::event.event';
export const SESSION = 'api::session.session';
export const PARTNER = 'api::partner.partner';

export type RoleName = 'superAdmin' | 'clientAdmin' | 'eventAdmin' | 'manager';
export const CODE_OF: Record<RoleName, string> = {
  superAdmin: SUPER_ADMIN_CODE,
  clientAdmin: ROLE_CODES.clientAdmin,
  eventAdmin: ROLE_CODES.eventAdmin,
  manager: ROLE_CODES.eventManager,
};

export interface Account {
  id: number;
  documentId: string;
  email: string;
  token: string;
}

const PASSWORD = 'Organizer-pass-2026';

/** The id of the admin role with `code` (the shared fixture's lookup). */
export const roleId = adminRoleId;

/** An active admin account with the given roles, signed in. */
export async function account(app: TestApp, name: string, roles: RoleName[]): Promise<Account> {
  const email = `${name}@org.test`;
  const users = app.strapi.service('admin::user') as { create(attributes: Record<string, unknown>): Promise<{ id: number; documentId: string }> };
  const ids = await Promise.all(roles.map((role) => roleId(app, CODE_OF[role])));
  const user = await users.create({ email, firstname: name, lastname: 'Тестов', password: PASSWORD, isActive: true, registrationToken: null, roles: ids });
  const login = await request(app.server).post('/admin/login').send({ email, password: PASSWORD });
  if (login.status !== 200) throw new Error(`login of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id, documentId: user.documentId, email, token: (login.body as { data: { token: string } }).data.token };
}

let counter = 0;

export interface EventOptions {
  admins?: number[];
  managers?: number[];
  published?: boolean;
  privacy?: 'public' | 'link' | 'invite' | 'closed';
  title?: string;
}

export async function makeEvent(app: TestApp, options: EventOptions = {}): Promise<string> {
  counter += 1;
  const slug = `rbac-event-${counter}-${Math.random().toString(36).slice(2, 7)}`;
  const created = await app.strapi.documents(EVENT).create({
    data: {
      title: options.title ?? `Событие ${counter}`,
      slug,
      startsAt: '2026-12-01T07:00:00.000Z',
      endsAt: '2026-12-01T15:00:00.000Z',
      timezone: 'Europe/Moscow',
      format: 'offline',
      privacy: options.privacy ?? 'public',
      admins: options.admins ?? [],
      managers: options.managers ?? [],
    } as never,
    ...(options.published === false ? {} : { status: 'published' as const }),
  });
  return created.documentId;
}

export async function makeSession(app: TestApp, event: string, options: { published?: boolean; privacy?: string; title?: string } = {}): Promise<string> {
  counter += 1;
  const created = await app.strapi.documents(SESSION).create({
    data: {
      title: options.title ?? `Сессия ${counter}`,
      startsAt: '2026-12-01T08:00:00.000Z',
      endsAt: '2026-12-01T09:00:00.000Z',
      event,
      privacy: options.privacy ?? 'inherit',
    } as never,
    ...(options.published === false ? {} : { status: 'published' as const }),
  });
  return created.documentId;
}

/** Every stored version of a document, as plain comparable rows. */
export async function versions(app: TestApp, uid: string, documentId: string, fields: string[]): Promise<Array<Record<string, unknown>>> {
  const rows = (await app.strapi.db.query(uid as typeof EVENT).findMany({
    where: { documentId },
    select: ['id', 'locale', 'publishedAt', 'updatedAt', ...fields],
    orderBy: { id: 'asc' },
  })) as Array<Record<string, unknown>>;
  return rows.map((row) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>);
}

/** The draft of a document in Russian (the default locale). */
export async function draft(app: TestApp, uid: string, documentId: string, populate: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> {
  return (await app.strapi.db.query(uid as typeof EVENT).findOne({ where: { documentId, publishedAt: null, locale: 'ru' }, populate })) as Record<string, unknown> | null;
}

export const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [])
    .map((item: unknown) => (item as { id: number }).id)
    .sort((a, b) => a - b);

/** An admin-API request signed as `who`. */
export function adminApi(app: TestApp, who: Account) {
  const auth = (req: request.Test) => req.set('authorization', `Bearer ${who.token}`);
  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
  return {
    get: (path: string) => auth(request(app.server).get(path)),
    post: (path: string, body: object = {}) => auth(request(app.server).post(path).send(body)),
    put: (path: string, body: object = {}) => auth(request(app.server).put(path).send(body)),
    delete: (path: string) => auth(request(app.server).delete(path)),
    cm,
  };
}
