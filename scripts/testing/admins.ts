/**
 * Admin panel accounts for API tests: a role holding exactly the given actions, an account with it,
 * signed in through `POST /admin/login` (as the admin panel does), so routes see a real admin JWT.
 */
import request from 'supertest';
import type { TestApp } from './strapi';

const PASSWORD = 'Admin-pass-2026';
const SUPER_ADMIN_CODE = 'strapi-super-admin';

export interface TestAdmin {
  id: number;
  email: string;
  /** An admin JWT for `Authorization: Bearer`. */
  token: string;
}

export interface AdminRoleService {
  create(attributes: { name: string; description: string }): Promise<{ id: number }>;
  assignPermissions(
    roleId: number,
    permissions: Array<{ action: string; subject: string | null; properties?: Record<string, unknown>; conditions?: string[] }>,
  ): Promise<unknown>;
}
interface AdminUserService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

/** The admin role service (the admin ships no types for it). */
export const adminRoles = (app: TestApp) => app.strapi.service('admin::role') as unknown as AdminRoleService;

/** The id of the admin role with `code` (e.g. one the event-builder plugin creates at boot). */
export async function adminRoleId(app: TestApp, code: string): Promise<number> {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
  if (!role) throw new Error(`no admin role ${code}`);
  return role.id;
}

/** An admin `<name>@admin.test` with exactly these roles, signed in. */
export async function adminWithRoles(app: TestApp, name: string, roles: number[]): Promise<TestAdmin> {
  const email = `${name}@admin.test`;
  const user = await (app.strapi.service('admin::user') as unknown as AdminUserService).create({
    email,
    firstname: name,
    lastname: 'Тестов',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles,
  });
  const login = await request(app.server).post('/admin/login').send({ email, password: PASSWORD });
  if (login.status !== 200) throw new Error(`login of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { id: user.id, email, token: (login.body as { data: { token: string } }).data.token };
}

/** An admin whose only role holds exactly `actions` (plugin actions, no subject); `[]`: a role with no rights. */
export async function adminWith(app: TestApp, name: string, actions: readonly string[]): Promise<TestAdmin> {
  const roles = adminRoles(app);
  const role = await roles.create({ name: `Роль ${name}`, description: `test role: ${actions.join(', ') || 'no rights'}` });
  if (actions.length > 0) await roles.assignPermissions(role.id, actions.map((action) => ({ action, subject: null, conditions: [] })));
  return adminWithRoles(app, name, [role.id]);
}

/** A super admin (every action, the Roles page's own rights included). */
export async function superAdmin(app: TestApp, name = 'root'): Promise<TestAdmin> {
  return adminWithRoles(app, name, [await adminRoleId(app, SUPER_ADMIN_CODE)]);
}
