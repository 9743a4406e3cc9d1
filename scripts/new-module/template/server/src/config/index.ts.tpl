/**
 * Settings of the {{id}} module: defaults here, overrides in config/plugins.ts (from the environment),
 * checked at boot: a wrong value stops Strapi with a message naming the setting.
 */
import { z } from 'zod';

export const {{camel}}ConfigSchema = z.strictObject({
  /** The longest text the ping route echoes back. */
  maxEchoLength: z.number().int().min(1).max(10_000),
});

export type {{Pascal}}Config = z.infer<typeof {{camel}}ConfigSchema>;

export default {
  default: (): {{Pascal}}Config => ({
    maxEchoLength: 200,
  }),
  validator: (config: unknown): void => {
    const result = {{camel}}ConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid configuration of the {{id}} plugin: ${z.prettifyError(result.error)}`);
    }
  },
};
