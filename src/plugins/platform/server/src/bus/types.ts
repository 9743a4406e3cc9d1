import type { JsonValue } from '../queue/types';

export type BusHandler = (message: JsonValue, topic: string) => void | Promise<void>;

/** Publish/subscribe between parts of the platform; with Redis, across every instance. */
export interface EventBus {
  readonly kind: 'in-process' | 'redis';
  publish(topic: string, message: JsonValue): Promise<void>;
  /** Resolves once the subscription is live; returns a function that ends it. */
  subscribe(topic: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
