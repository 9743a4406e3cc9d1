import { z } from 'zod';
import { definePluginConfig } from '../../../../platform/server/src/kit';
import { PLUGIN_ID } from '../constants';

/**
 * Event-builder has no settings yet: its rules (organizer roles, privacy, stream links) are the
 * product's, not an installation's. The strict schema still refuses any setting given in
 * config/plugins.ts, so a misspelt or misplaced one stops the boot instead of being ignored.
 */
export const eventBuilderConfigSchema = z.strictObject({});

export type EventBuilderConfig = z.infer<typeof eventBuilderConfigSchema>;

export default definePluginConfig(PLUGIN_ID, eventBuilderConfigSchema, (): EventBuilderConfig => ({}));
