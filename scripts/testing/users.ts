/** Attendee accounts (users-permissions) and admin panel accounts for API tests. */
import type { TestApp } from './strapi';

export interface TestUser {
  id: number;
  email: string;
  /** A users-permissions JWT for `Authorization: Bearer`. */
  jwt: string;
}

interface UserService {
  add(data: Record<string, unknown>): Promise<{ id: number }>;
}
interface JwtService {
  issue(payload: { id: number }): Promise<string> | string;
}

/** Creates a confirmed attendee `<name>@uni.test` with the authenticated role and a JWT. */
export async function createAttendee(app: TestApp, name: string, extra: Record<string, unknown> = {}): Promise<TestUser> {
  const { strapi } = app;
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
  const email = `${name}@uni.test`;
  const user = await (strapi.plugin('users-permissions').service('user') as UserService).add({
    username: name,
    email,
    password: 'Secret-pass-2026',
    confirmed: true,
    blocked: false,
    role: role.id,
    provider: 'local',
    ...extra,
  });
  const jwt = await (strapi.plugin('users-permissions').service('jwt') as JwtService).issue({ id: user.id });
  return { id: user.id, email, jwt };
}
