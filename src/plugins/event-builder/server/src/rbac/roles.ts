/**
 * The organizer roles, kept by code: created when missing, their names, descriptions and
 * permissions brought back to the definition at every boot (and when a content locale is added or
 * removed). A role edited in the admin panel is reset: make a new role for a variant.
 */
import type { Core } from '@strapi/strapi';
import { platform } from '../../../../platform/server/src/kit';
import { buildRolePermissions, ROLES, type ActionInfo, type PermissionCatalog, type PermissionSpec, type RoleCode } from '../domain/roles';

interface ActionProviderEntry {
  actionId: string;
  section: string;
  subjects?: string[];
  options?: { applyToProperties?: string[] | null };
}

interface AdminPermissionService {
  actionProvider: { values(): ActionProviderEntry[] };
}

interface AdminContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown; nestingLevel?: number }): string[];
}

interface AdminRoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  update(params: { id: number }, attributes: { name?: string; description?: string }): Promise<unknown>;
  assignPermissions(roleId: number, permissions: PermissionSpec[]): Promise<unknown>;
}

interface RoleRow {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

interface LocaleRow {
  code: string;
}

export async function permissionCatalog(strapi: Core.Strapi): Promise<PermissionCatalog> {
  const { actionProvider } = strapi.service('admin::permission') as unknown as AdminPermissionService;
  const contentTypes = strapi.service('admin::content-type') as unknown as AdminContentTypeService;
  const locales = (await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'], orderBy: { code: 'asc' } })) as LocaleRow[];
  const actions: ActionInfo[] = actionProvider.values().map((action) => ({
    actionId: action.actionId,
    section: action.section,
    subjects: action.subjects,
    properties: action.options?.applyToProperties ?? [],
  }));
  return {
    actions,
    fieldsOf: (subject) => contentTypes.getNestedFields(strapi.contentTypes[subject as keyof typeof strapi.contentTypes], { components: strapi.components }),
    isLocalized: (subject) => {
      const model = strapi.contentTypes[subject as keyof typeof strapi.contentTypes] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined;
      return model?.pluginOptions?.i18n?.localized === true;
    },
    locales: locales.map((locale) => locale.code),
  };
}

/** Creates the missing organizer roles and brings all three to their definition; returns their ids by code. */
export async function syncOrganizerRoles(strapi: Core.Strapi): Promise<Record<RoleCode, number>> {
  const roles = strapi.service('admin::role') as unknown as AdminRoleService;
  const catalog = await permissionCatalog(strapi);
  const ids = {} as Record<RoleCode, number>;
  for (const definition of ROLES) {
    const existing = (await strapi.db.query('admin::role').findOne({ where: { code: definition.code } })) as RoleRow | null;
    let id: number;
    if (existing) {
      id = existing.id;
      const nameFree = existing.name === definition.name || (await strapi.db.query('admin::role').count({ where: { name: definition.name } })) === 0;
      const name = nameFree ? definition.name : existing.name;
      if (existing.name !== name || existing.description !== definition.description) {
        await roles.update({ id }, { name, description: definition.description });
      }
    } else {
      const taken = (await strapi.db.query('admin::role').count({ where: { name: definition.name } })) > 0;
      // a role someone made by hand under our name keeps it; ours gets a marked name
      const name = taken ? `${definition.name} (MMSO)` : definition.name;
      id = (await roles.create({ name, code: definition.code, description: definition.description })).id;
      strapi.log.info(`[event-builder] created the admin role "${name}" (${definition.code})`);
    }
    await roles.assignPermissions(id, buildRolePermissions(definition.key, catalog, platform(strapi).access.declared()));
    ids[definition.code] = id;
  }
  return ids;
}
