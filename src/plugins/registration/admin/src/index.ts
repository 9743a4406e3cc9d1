import { User } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { addRegistrantsPanel } from './components/EditViewPanel';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import en from './translations/en.json';
import ru from './translations/ru.json';
import { getTranslation, withPluginPrefix } from './utils/translations';

const MESSAGES: Record<string, Record<string, string>> = { ru, en };

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: User,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Участники' },
      // the plugin's pages (event picker, lists, check-in...): routes of pages/App.tsx
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    // «Участники» in the event's edit view (content manager), next to its other panels
    addRegistrantsPanel(app);
  },

  // both languages are small: bundled with the entry (Russian first)
  registerTrads({ locales }: { locales: string[] }) {
    return Promise.resolve(locales.map((locale) => ({ locale, data: withPluginPrefix(MESSAGES[locale] ?? {}) })));
  },
};

