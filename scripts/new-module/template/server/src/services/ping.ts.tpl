/** Orchestration: reads settings, calls the domain, (in a real module) reads and writes through transactions. */
import type { Core } from '@strapi/strapi';
import { answerPing, type PingResult } from '../domain/ping';
import { PLUGIN_ID } from '../constants';
import { getConfig } from '../get-service';

const ping = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The answer to a ping (the clock is injectable for tests). */
  answer(echo: string, now: Date = new Date()): PingResult {
    return answerPing(echo, { maxEchoLength: getConfig(strapi, 'maxEchoLength'), now });
  },

  /** What the admin route shows: the module and its settings. */
  overview(): { module: string; maxEchoLength: number } {
    return { module: PLUGIN_ID, maxEchoLength: getConfig(strapi, 'maxEchoLength') };
  },
});

export type PingService = ReturnType<typeof ping>;
export default ping;
