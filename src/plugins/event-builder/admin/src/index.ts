import { Calendar } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation, prefixTranslations } from './utils/translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Calendar,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Календарь программы' },
      Component: () => import('./pages/CalendarPage'),
      // the calendar's own switch on the Roles page; the routes also check the session permissions
      permissions: PERMISSIONS.calendar,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = (await import(`./translations/${locale}.json`)) as { default: Record<string, string> };
          return { data: prefixTranslations(messages), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
