import type { Core } from '@strapi/strapi';
import type { FavoritesService } from './services/favorites';
import { PLUGIN_ID } from './constants';

interface Services {
  favorites: FavoritesService;
}

export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[K];
