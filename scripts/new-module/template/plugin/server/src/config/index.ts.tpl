/**
 * Settings of the {{id}} module: defaults here, overrides in config/plugins.ts (from the environment),
 * checked at boot by the kit's definePluginConfig: a wrong or unknown setting stops Strapi with a
 * message naming it.
 */
import { z } from 'zod';
import { definePluginConfig } from '../../../../platform/server/src/kit';
import { PLUGIN_ID } from '../constants';

export const {{camel}}ConfigSchema = z.strictObject({
  /** The longest note a person may keep. */
  maxNoteLength: z.number().int().min(1).max(100_000),
});

export type {{Pascal}}Config = z.infer<typeof {{camel}}ConfigSchema>;

export default definePluginConfig(PLUGIN_ID, {{camel}}ConfigSchema, (): {{Pascal}}Config => ({ maxNoteLength: 1_000 }));
