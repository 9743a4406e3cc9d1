import type { BusHandler, EventBus } from './types';

/** One process: handlers are called on the next tick, each message cloned so no one shares state. */
export function createMemoryBus(log: (message: string, error?: unknown) => void): EventBus {
  const topics = new Map<string, Set<BusHandler>>();
  return {
    kind: 'in-process',
    async publish(topic, message) {
      const handlers = topics.get(topic);
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
      let handlers = topics.get(topic);
      if (!handlers) {
        handlers = new Set();
        topics.set(topic, handlers);
      }
      handlers.add(handler);
      return async () => {
        handlers.delete(handler);
        if (handlers.size === 0) topics.delete(topic);
      };
    },
    async close() {
      topics.clear();
    },
  };
}
