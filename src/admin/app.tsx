import type { StrapiApp } from '@strapi/strapi/admin';
import { adminTranslations } from '../labels/translations';
import en from './translations/en.json';
import ru from './translations/ru.json';

const labels = adminTranslations();

export default {
  config: {
    // Russian first: organizer accounts open in Russian (their profile's language); English stays available
    locales: ['ru', 'en'],
    translations: {
      ru: { ...labels.ru, ...ru },
      en: { ...labels.en, ...en },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
