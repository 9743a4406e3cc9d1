import { createTopics } from './topics';
import type { EventBus } from './types';

/** One process: handlers are called on the next tick, each message cloned so no one shares state. */
export function createMemoryBus(log: (message: string, error?: unknown) => void): EventBus {
  const topics = createTopics();
  return {
    kind: 'in-process',
    async publish(topic, message) {
      const handlers = topics.handlersOf(topic);
      if (!handlers) return;
      const copy = JSON.stringify(message);
      for (const handler of handlers) {
        setImmediate(() => {
          Promise.resolve()
            .then(() => handler(JSON.parse(copy), topic))
            .catch((error: unknown) => log(`bus handler of ${topic} failed`, error));
        });
      }
    },
    async subscribe(topic, handler) {
      const entry = topics.add(topic, handler);
      return async () => {
        entry.remove();
      };
    },
    async close() {
      topics.clear();
    },
  };
}
