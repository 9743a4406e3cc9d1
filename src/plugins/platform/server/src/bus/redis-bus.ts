import type { Redis } from 'ioredis';
import type { JsonValue } from '../queue/types';
import { createTopics } from './topics';
import type { EventBus } from './types';

/**
 * Redis pub/sub: every instance that subscribed to a topic gets each message published on any
 * instance, this one included. Delivery is at most once (pub/sub keeps nothing): durable work goes
 * through jobs, the bus carries notifications (live lists, chat fan-out, cache refresh).
 */
export function createRedisBus(
  publisher: Redis,
  subscriber: Redis,
  prefix: string,
  log: (message: string, error?: unknown) => void,
): EventBus {
  const channelPrefix = `${prefix}:bus:`;
  const topics = createTopics();

  subscriber.on('message', (channel: string, raw: string) => {
    if (!channel.startsWith(channelPrefix)) return;
    const topic = channel.slice(channelPrefix.length);
    const handlers = topics.handlersOf(topic);
    if (!handlers) return;
    let message: JsonValue;
    try {
      message = JSON.parse(raw) as JsonValue;
    } catch (error) {
      log(`bus message on ${topic} is not JSON`, error);
      return;
    }
    for (const handler of handlers) {
      Promise.resolve()
        .then(() => handler(message, topic))
        .catch((error: unknown) => log(`bus handler of ${topic} failed`, error));
    }
  });

  return {
    kind: 'redis',
    async publish(topic, message) {
      await publisher.publish(channelPrefix + topic, JSON.stringify(message));
    },
    async subscribe(topic, handler) {
      const entry = topics.add(topic, handler);
      if (entry.first) await subscriber.subscribe(channelPrefix + topic);
      return async () => {
        if (entry.remove()) await subscriber.unsubscribe(channelPrefix + topic);
      };
    },
    async close() {
      topics.clear();
    },
  };
}
