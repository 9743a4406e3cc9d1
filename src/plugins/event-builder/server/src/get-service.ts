/** Typed access to this plugin's services and configuration (the only cast is the kit's). */
import { pluginAccessors } from '../../../platform/server/src/kit';
import type { EventBuilderConfig } from './config';
import { PLUGIN_ID } from './constants';
import type services from './services';

export const { getService, getConfig } = pluginAccessors<typeof services, EventBuilderConfig>(PLUGIN_ID);
