import type { Core } from '@strapi/strapi';
// relative, not the `cms` package: the app's own compile builds it, no separate build of cms/ needed
import { STRAPI_SECRETS, assertSecrets } from '../cms/src/secrets';
import { getService } from './plugins/event-builder/server/src/get-service';
import { setUpRussianAdmin } from './labels';
import { publicContentTypes, publicPluginActions, publicReadActions } from './public-permissions';

export default {
  register() {
    // a production instance never starts on .env.example's placeholders, short or shared keys (anyone
    // who knows `change-me` could forge attendees' JWTs); development and tests keep their simple values.
    // Here and not in config/: `strapi build` loads the config with NODE_ENV=production and needs no secrets.
    if (process.env.NODE_ENV === 'production') {
      assertSecrets(Object.fromEntries(STRAPI_SECRETS.map((rule) => [rule.name, process.env[rule.name] ?? ''])), STRAPI_SECRETS, 'Strapi');
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    // after Strapi's admin bootstrap (its actions, conditions and Super Admin): the organizer roles
    await getService(strapi, 'organizers').syncRoles();
    await grantPublicRead(strapi);
    await setUpRussianAdmin(strapi);
    await (await import('./site-cache')).setUpSite(strapi);
  },
};

/** Lets anonymous and signed-in visitors read the published event space (idempotent). */
async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  for (const role of roles as Array<{ id: number }>) {
    const actions = [...publicReadActions, ...publicPluginActions];
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $in: actions } } });
    const have = new Set((existing as Array<{ action: string }>).map((permission) => permission.action));
    for (const action of actions) {
      if (!have.has(action)) {
        await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
      }
    }
    await revokeOtherReads(strapi, role.id);
  }
}

/**
 * Deny by default: a find/findOne of any other content type (users, registrations, consents, codes, a
 * type added later), ticked for the Public or Authenticated role by mistake, is taken back on boot.
 */
async function revokeOtherReads(strapi: Core.Strapi, roleId: number): Promise<void> {
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = (await permissions.findMany({ where: { role: roleId }, select: ['id', 'action'] })) as Array<{ id: number; action: string }>;
  const stray = granted.filter(({ action }) => {
    const match = /^(.+)\.(find|findOne)$/.exec(action);
    return match !== null && match[1]! in strapi.contentTypes && !(publicContentTypes as readonly string[]).includes(match[1]!);
  });
  for (const permission of stray) {
    await permissions.delete({ where: { id: permission.id } });
    strapi.log.warn(`[permissions] ${permission.action} is not a public read: taken back from a visitor role`);
  }
}

interface LocalesService {
  findByCode(code: string): Promise<{ id: number } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
}

/** Russian is the default content locale, English the second one; set once, on a fresh database. */
async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  for (const locale of [
    { code: 'ru', name: 'Русский (ru)' },
    { code: 'en', name: 'English (en)' },
  ]) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  const marker = strapi.store({ type: 'app', name: 'mmso' });
  if (!(await marker.get({ key: 'locales-initialized' }))) {
    // only the first boot decides: an administrator may choose another default later
    await locales.setDefaultLocale({ code: 'ru' });
    await marker.set({ key: 'locales-initialized', value: true });
  }
}
