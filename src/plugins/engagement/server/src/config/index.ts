import { z } from 'zod';
import { definePluginConfig } from '../../../../platform/server/src/kit';
import { PLUGIN_ID } from '../constants';

/**
 * Engagement has no settings yet: favorites and the calendar feed have no limits an installation
 * changes. The strict schema still refuses any setting given in
 * config/plugins.ts, so a misspelt or misplaced one stops the boot instead of being ignored.
 */
export const engagementConfigSchema = z.strictObject({});

export type EngagementConfig = z.infer<typeof engagementConfigSchema>;

export default definePluginConfig(PLUGIN_ID, engagementConfigSchema, (): EngagementConfig => ({}));
