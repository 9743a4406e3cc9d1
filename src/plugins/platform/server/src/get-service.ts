/** Typed access to the platform's own services and configuration (the only cast is pluginAccessors'). */
import type { PlatformConfig } from './config';
import { PLUGIN_ID } from './constants';
import { pluginAccessors } from './kit/plugin';
import type services from './services';

export const { getService, getConfig } = pluginAccessors<typeof services, PlatformConfig>(PLUGIN_ID);
