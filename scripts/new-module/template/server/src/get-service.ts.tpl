import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';
import type { {{Pascal}}Config } from './config';
import type { PingService } from './services/ping';

/** The module's services by key (kebab-case): add each new service here. */
interface Services {
  ping: PingService;
}

/** A service of this module, typed. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[K];

/** A setting of this module (validated at boot by config/index.ts), typed. */
export const getConfig = <K extends keyof {{Pascal}}Config>(strapi: Core.Strapi, key: K): {{Pascal}}Config[K] =>
  strapi.plugin(PLUGIN_ID).config(key) as {{Pascal}}Config[K];
