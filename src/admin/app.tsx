import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Russian first: organizers pick it in their profile; English stays available
    locales: ['ru', 'en'],
    translations: {
      ru: {
        'Auth.form.welcome.title': 'Добро пожаловать в MMSO Connect',
        'Auth.form.welcome.subtitle': 'Войдите в конструктор событий',
      },
      en: {
        'Auth.form.welcome.title': 'Welcome to MMSO Connect',
        'Auth.form.welcome.subtitle': 'Sign in to the event constructor',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
