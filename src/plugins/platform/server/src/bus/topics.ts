import type { BusHandler } from './types';

/** A handler's place on its topic: whether it was the topic's first, and how to take it off. */
export interface TopicEntry {
  first: boolean;
  /** Takes the handler off; true when that left the topic without handlers (the topic is then forgotten). */
  remove(): boolean;
}

/** The handlers of each topic of one bus instance (both buses keep them alike). */
export function createTopics() {
  const topics = new Map<string, Set<BusHandler>>();
  return {
    handlersOf: (topic: string): ReadonlySet<BusHandler> | undefined => topics.get(topic),
    add(topic: string, handler: BusHandler): TopicEntry {
      let handlers = topics.get(topic);
      const first = !handlers;
      if (!handlers) {
        handlers = new Set();
        topics.set(topic, handlers);
      }
      const own = handlers;
      own.add(handler);
      return {
        first,
        remove() {
          own.delete(handler);
          // after close() the topic may hold a new set: that one is not ours to forget
          if (own.size > 0 || topics.get(topic) !== own) return false;
          topics.delete(topic);
          return true;
        },
      };
    },
    clear: () => topics.clear(),
  };
}
