/**
 * A new event starts as a usable page: when it is created without blocks it gets the usual sections,
 * without an organization the space's own (the first one), and without a template its organization's
 * default template. A document-service middleware, so the admin, the API and scripts all get it.
 */
import type { Core } from '@strapi/strapi';
import { EVENT_UID } from '../constants';
import { eventDefaults, namedRelation, type SpaceOrganization } from '../domain/event-defaults';
import { isRecord } from '../../../../platform/server/src/kit';

const ORGANIZATION_UID = 'api::organization.organization';

interface OrganizationRow {
  documentId: string;
  defaultTemplate: string | null;
}

async function organizationFor(strapi: Core.Strapi, chosen: unknown): Promise<SpaceOrganization | null> {
  const query = strapi.db.query(ORGANIZATION_UID);
  const select = ['documentId', 'defaultTemplate'];
  const named = namedRelation(chosen);
  if (named) return ((await query.findOne({ select, where: named })) as OrganizationRow | null) ?? null;
  return ((await query.findOne({ select, orderBy: { id: 'asc' } })) as OrganizationRow | null) ?? null;
}

interface LocalesService {
  getDefaultLocale(): Promise<string | null>;
}

export function registerEventDefaults(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== EVENT_UID || context.action !== 'create') return next();
    const params = context.params as { data?: unknown; locale?: unknown };
    if (!isRecord(params.data)) return next();
    const data = params.data;
    const locale =
      typeof params.locale === 'string' && params.locale !== '*'
        ? params.locale
        : await (strapi.plugin('i18n')?.service('locales') as LocalesService | undefined)?.getDefaultLocale();
    const organization = await organizationFor(strapi, data.organization);
    Object.assign(data, eventDefaults(data, organization, locale));
    return next();
  });
}
