/** Typed access to this plugin's services and configuration. */
import type { Core } from '@strapi/strapi';
import type { RegistrationConfig } from './config';
import type services from './services';
import { PLUGIN_ID } from './constants';

type Services = typeof services;
export type ServiceName = keyof Services;

/** A service of this plugin, typed. */
export function getService<K extends ServiceName>(strapi: Core.Strapi, name: K): ReturnType<Services[K]> {
  return strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[K]>;
}

/** The plugin's configuration, read on every call (tests may change it at run time). */
export function getConfig<K extends keyof RegistrationConfig>(strapi: Core.Strapi, key: K): RegistrationConfig[K] {
  return strapi.plugin(PLUGIN_ID).config(key) as RegistrationConfig[K];
}
