/** Typed access to the module's services (by their key in services/index.ts) and settings: no casts at call sites. */
import { pluginAccessors } from '../../../platform/server/src/kit';
import type { {{Pascal}}Config } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';

export const { getService, getConfig } = pluginAccessors<typeof services, {{Pascal}}Config>(PLUGIN_ID);
