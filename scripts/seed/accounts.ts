// Seed step: the demo organizer accounts of the admin panel and their places on the demo events. A re-run
// repairs what it finds: each account gets exactly its role back, and each event the demo plan lists it on
// (and only those) among its administrators or managers.
import { demoAccounts, demoEventOrganizers } from './data.ts';
import { hasId, lookup, type SeedContext } from './context.ts';
import { ROLE_CODES } from '../../src/plugins/event-builder/server/src/domain/roles.ts';

type DemoAccount = (typeof demoAccounts)[number];

/** The admin role each demo account gets (created by the event-builder plugin at boot). */
const DEMO_ROLE_CODES: Record<DemoAccount['role'], string> = {
  'client-admin': ROLE_CODES.clientAdmin,
  'event-admin': ROLE_CODES.eventAdmin,
  'event-manager': ROLE_CODES.eventManager,
};

interface AdminUserService {
  create(attributes: {
    email: string;
    firstname: string;
    lastname: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
    preferedLanguage: string;
  }): Promise<{ id: number }>;
}

/** The organizers' admin opens in Russian. */
const ADMIN_LANGUAGE = 'ru';

/** Ensures each demo account with its role; returns the admin user ids by email. */
export async function seedAdminAccounts(seed: SeedContext): Promise<Map<string, number>> {
  const accountIds = new Map<string, number>();
  for (const account of demoAccounts) accountIds.set(account.email, await ensureAccount(seed, account));
  return accountIds;
}

async function ensureAccount({ strapi, count }: SeedContext, account: DemoAccount): Promise<number> {
  const code = DEMO_ROLE_CODES[account.role];
  const role: unknown = await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] });
  if (!hasId(role)) throw new Error(`The admin role ${code} does not exist: the event-builder plugin did not finish its bootstrap`);
  const existing: unknown = await strapi.db.query('admin::user').findOne({ where: { email: account.email }, populate: { roles: { select: ['id'] } } });
  if (hasId(existing)) {
    const roles = (existing as { roles?: Array<{ id: number }> }).roles ?? [];
    const repaired = roles.length !== 1 || roles[0]?.id !== role.id;
    if (repaired) await strapi.db.query('admin::user').update({ where: { id: existing.id }, data: { roles: [role.id] } });
    // accounts seeded before the admin spoke Russian: an account's own choice of language stays
    if (!(existing as { preferedLanguage?: string | null }).preferedLanguage) {
      await strapi.db.query('admin::user').update({ where: { id: existing.id }, data: { preferedLanguage: ADMIN_LANGUAGE } });
    }
    count('admin accounts', false);
    if (repaired) count('admin account roles repaired', true);
    return existing.id;
  }
  // The service hashes the password; active with no registration token = can log in at once.
  const created = await (strapi.service('admin::user') as AdminUserService).create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password: account.password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
    preferedLanguage: ADMIN_LANGUAGE,
  });
  count('admin accounts', true);
  return created.id;
}

/** Puts each demo account among the administrators or managers of exactly the events the plan lists it on. */
export async function seedOrganizerAssignments(seed: SeedContext, accountIds: Map<string, number>, eventIds: Map<string, string>): Promise<void> {
  for (const [email, lists] of Object.entries(demoEventOrganizers)) {
    const userId = accountIds.get(email);
    if (userId === undefined) throw new Error(`Unknown demo account "${email}" in the organizer plan`);
    for (const slug of [...lists.admins, ...lists.managers]) lookup(eventIds, slug, 'event');
    for (const [slug, documentId] of eventIds) {
      const want = { admins: lists.admins.includes(slug), managers: lists.managers.includes(slug) };
      const changed = await assignOrganizer(seed, documentId, userId, want);
      if (want.admins || want.managers || changed) seed.count('organizer assignments', changed);
    }
  }
}

/** Makes the user an administrator and a manager of the event as `want` says; true when it changed anything. */
async function assignOrganizer({ strapi }: SeedContext, documentId: string, userId: number, want: { admins: boolean; managers: boolean }): Promise<boolean> {
  // the lists belong to the document: every version (draft, published, each locale) gets them
  const rows = (await strapi.db.query('api::event.event').findMany({
    where: { documentId },
    select: ['id'],
    populate: { admins: { select: ['id'] }, managers: { select: ['id'] } },
  })) as Array<{ id: number; admins: Array<{ id: number }>; managers: Array<{ id: number }> }>;
  let changed = false;
  for (const row of rows) {
    const data: Record<string, number[]> = {};
    for (const field of ['admins', 'managers'] as const) {
      const ids = row[field].map((user) => user.id);
      if (ids.includes(userId) === want[field]) continue;
      data[field] = want[field] ? [...ids, userId] : ids.filter((id) => id !== userId);
    }
    if (Object.keys(data).length === 0) continue;
    await strapi.db.query('api::event.event').update({ where: { id: row.id }, data });
    changed = true;
  }
  return changed;
}
