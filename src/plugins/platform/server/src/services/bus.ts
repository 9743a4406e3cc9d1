/**
 * The event bus of the platform: `publish(topic, message)` and `subscribe(topic, handler)`.
 * In-process by default; Redis pub/sub across instances when REDIS_URL is set.
 */
import type { Core } from '@strapi/strapi';
import { createMemoryBus } from '../bus/memory-bus';
import { createRedisBus } from '../bus/redis-bus';
import type { BusHandler, EventBus } from '../bus/types';
import { describeError } from '../domain/backoff';
import type { JsonValue } from '../queue/types';
import { getService } from '../get-service';

const TOPIC = /^[a-z0-9][a-z0-9._:/-]{0,199}$/i;

const bus = ({ strapi }: { strapi: Core.Strapi }) => {
  let impl: EventBus | null = null;
  const log = (message: string, error?: unknown): void => {
    strapi.log.warn(`[platform] ${message}${error === undefined ? '' : `: ${describeError(error)}`}`);
  };

  const current = (): EventBus => {
    if (!impl) {
      const redis = getService(strapi, 'redis-connections');
      impl = redis.enabled
        ? createRedisBus(redis.create('bus-publish', { failFast: true }), redis.create('bus-subscribe', { failFast: false }), redis.prefix, log)
        : createMemoryBus(log);
    }
    return impl;
  };

  const checkTopic = (topic: string) => {
    if (!TOPIC.test(topic)) throw new Error(`Invalid bus topic "${topic}"`);
  };

  return {
    kind(): EventBus['kind'] {
      return current().kind;
    },
    async publish(topic: string, message: JsonValue): Promise<void> {
      checkTopic(topic);
      await current().publish(topic, message);
    },
    async subscribe(topic: string, handler: BusHandler): Promise<() => Promise<void>> {
      checkTopic(topic);
      return current().subscribe(topic, handler);
    },
    async close(): Promise<void> {
      await impl?.close();
      impl = null;
    },
  };
};

export type BusService = ReturnType<typeof bus>;
export default bus;
