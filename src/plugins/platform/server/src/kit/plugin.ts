/** The shape every plugin shares: its config export and typed access to its services and settings. */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/** A plugin's `config` export: Strapi merges `default()` with config/plugins.ts, then calls `validator`. */
export interface PluginConfigDefinition<T> {
  default: () => T;
  validator: (config: unknown) => void;
}

/**
 * The config export of a plugin from its zod schema (a `strictObject`) and its defaults: a setting of
 * the wrong type, out of range or unknown stops the boot with `Invalid configuration of the <plugin>
 * plugin:` and each offending setting's path and reason.
 */
export function definePluginConfig<S extends z.ZodType>(pluginId: string, schema: S, defaults: () => z.infer<S>): PluginConfigDefinition<z.infer<S>> {
  return {
    default: defaults,
    validator: (config: unknown): void => {
      const result = schema.safeParse(config);
      if (!result.success) {
        throw new Error(`Invalid configuration of the ${pluginId} plugin: ${z.prettifyError(result.error)}`);
      }
    },
  };
}

/** A plugin's services object: factories `({ strapi }) => service`, by key. */
type ServiceFactories = Record<string, (deps: { strapi: Core.Strapi }) => unknown>;

/** Typed `getService` and `getConfig` of one plugin (its get-service.ts exports them). */
export interface PluginAccessors<S extends ServiceFactories, C> {
  /** A service of the plugin, typed by its factory. */
  getService<K extends keyof S & string>(strapi: Core.Strapi, name: K): ReturnType<S[K]>;
  /** A setting of the plugin, typed by its schema; read on every call (tests may change it at run time). */
  getConfig<K extends keyof C & string>(strapi: Core.Strapi, key: K): C[K];
}

/**
 * The one place a plugin's services and settings are cast to their types, so that no call site
 * casts: `export const { getService, getConfig } = pluginAccessors<typeof services, MyConfig>(PLUGIN_ID);`
 */
export function pluginAccessors<S extends ServiceFactories, C>(pluginId: string): PluginAccessors<S, C> {
  return {
    getService: <K extends keyof S & string>(strapi: Core.Strapi, name: K) => strapi.plugin(pluginId).service(name) as ReturnType<S[K]>,
    getConfig: <K extends keyof C & string>(strapi: Core.Strapi, key: K) => strapi.plugin(pluginId).config(key) as C[K],
  };
}
