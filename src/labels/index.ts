/**
 * Boot step of the admin in Russian: organizer accounts open the admin in Russian, and the content
 * manager's edit and list views of every type and component get the catalog's Russian labels and
 * hints (see metadata.ts for what is left alone).
 */
import type { Core } from '@strapi/strapi';
import { fieldLabels, LABELS } from './catalog';
import { applyLabels, type Applied, type FieldMetadata } from './metadata';
import { isComponentUid } from './translations';

interface Configuration {
  metadatas?: Record<string, FieldMetadata>;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: { metadatas: Record<string, FieldMetadata> }): Promise<unknown>;
}

/** The interface language of a new admin account that names none (its profile may change it). */
export const ADMIN_LANGUAGE = 'ru';

const STORE = { type: 'app', name: 'mmso-labels' } as const;
const APPLIED_KEY = 'applied';

/** Run in the app's bootstrap. */
export async function setUpRussianAdmin(strapi: Core.Strapi): Promise<void> {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null } | undefined;
      if (data && !data.preferedLanguage) data.preferedLanguage = ADMIN_LANGUAGE;
    },
  });
  await applyAdminLabels(strapi);
}

/** Writes the catalog's labels into the content manager's configurations (idempotent). */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store(STORE);
  const previous = ((await store.get({ key: APPLIED_KEY })) ?? {}) as Record<string, Applied>;
  const next: Record<string, Applied> = {};
  for (const uid of Object.keys(LABELS)) {
    const component = isComponentUid(uid);
    const known = component ? uid in strapi.components : uid in strapi.contentTypes;
    if (!known) continue;
    const service = strapi.plugin('content-manager').service(component ? 'components' : 'content-types') as ConfigurationService;
    const configuration = await service.findConfiguration({ uid });
    const result = applyLabels(configuration.metadatas ?? {}, fieldLabels(uid), previous[uid]);
    if (result.changed) await service.updateConfiguration({ uid }, { metadatas: result.metadatas });
    next[uid] = result.applied;
  }
  await store.set({ key: APPLIED_KEY, value: next });
}
