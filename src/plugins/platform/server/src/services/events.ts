/**
 * Domain events: a module announces what happened, in the transaction of the change (outbox), and
 * every subscriber gets each event once, on whichever instance runs it, after restarts too.
 *
 *   // in the publishing module, inside its transaction:
 *   await platform(strapi).events.publish('registration.created', { registrationId, ... }, { trx });
 *   // in a reacting module's register():
 *   platform(strapi).events.subscribe('reminders', ['registration.created'], async (event) => { ... });
 *
 * How: `publish` writes the event row and one fan-out job in the caller's transaction (two inserts,
 * however many subscribers there are). The fan-out job enqueues one delivery job per subscriber of
 * that name, unique per (event, subscriber), so a retried fan-out never delivers twice; each
 * delivery is retried on its own when its handler throws. Names and payload schemas are the
 * contract in cms/src/events.ts; a payload that does not match is refused at `publish`.
 *
 * Live listeners (server-sent events) need no durability: after the commit the event is also
 * broadcast on the platform bus, topic `domain.<name>` (every instance with Redis), reached with
 * `onCommitted(name, listener)`. At most once: a listener that was not connected misses it.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { domainEventSchemas, isDomainEventName, type DomainEventName, type DomainEventPayloads } from '../../../../../../cms/src/events';
import type { RetryPolicy } from '../domain/backoff';
import type { JsonValue } from '../queue/types';
import { writeInTransaction } from '../queue/transaction';
import { DOMAIN_EVENTS_TABLE } from '../constants';
import { getService } from '../get-service';

export const DOMAIN_EVENT_JOBS = { fanOut: 'platform.domain-event.fan-out', deliver: 'platform.domain-event.deliver' } as const;

/** A domain event as a subscriber gets it. */
export type DomainEvent<K extends DomainEventName = DomainEventName> = {
  [N in K]: { id: number; name: N; payload: DomainEventPayloads[N]; publishedAt: Date };
}[K];

export type DomainEventHandler<K extends DomainEventName> = (event: DomainEvent<K>) => Promise<void> | void;

interface Subscription {
  names: ReadonlySet<DomainEventName>;
  handler: (event: DomainEvent) => Promise<void> | void;
  maxAttempts: number;
}

/** Retries of one delivery: patient, a subscriber's outage should not lose events. */
const DELIVERY_RETRY: Partial<RetryPolicy> = { maxAttempts: 10, baseDelayMs: 2_000, maxDelayMs: 30 * 60_000 };

const SUBSCRIBER_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;

export class UnknownSubscriberError extends Error {
  constructor(subscriberId: string) {
    super(`No subscriber "${subscriberId}" on this instance`);
    this.name = 'UnknownSubscriberError';
  }
}

interface EventRow {
  id: number | string;
  name: string;
  payload: string;
  created_at: number | string;
}

const field = (payload: JsonValue, key: string): JsonValue | undefined =>
  typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload[key] : undefined;

const events = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = new Map<string, Subscription>();
  const jobs = () => getService(strapi, 'jobs');
  const bus = () => getService(strapi, 'bus');
  const knex = () => strapi.db.connection as unknown as Knex;

  const load = async (id: number): Promise<DomainEvent | null> => {
    const row = (await knex()<EventRow>(DOMAIN_EVENTS_TABLE).where('id', id).first()) as EventRow | undefined;
    if (!row || !isDomainEventName(row.name)) return null;
    const payload = domainEventSchemas[row.name].parse(JSON.parse(row.payload)) as DomainEventPayloads[typeof row.name];
    return { id: Number(row.id), name: row.name, payload, publishedAt: new Date(Number(row.created_at)) } as DomainEvent;
  };

  const service = {
    /**
     * Publishes a domain event in the caller's transaction `trx` (a knex transaction): it is
     * delivered once that commits, and never if it rolls back. Without `trx` it joins the
     * transaction Strapi is running, else commits on its own.
     * @returns the event's id
     */
    async publish<K extends DomainEventName>(name: K, payload: DomainEventPayloads[K], options: { trx?: unknown } = {}): Promise<{ id: number }> {
      if (!isDomainEventName(name)) throw new Error(`Unknown domain event "${String(name)}": declare it in cms/src/events.ts`);
      const checked = domainEventSchemas[name].parse(payload) as JsonValue;
      const now = Date.now();
      return writeInTransaction(strapi, {
        trx: options.trx,
        atomic: true,
        write: async (db) => {
          const [inserted] = (await db(DOMAIN_EVENTS_TABLE)
            .insert({ name, payload: JSON.stringify(checked), created_at: now })
            .returning('id')) as Array<{ id: number | string } | number>;
          const id = typeof inserted === 'object' ? Number(inserted.id) : Number(inserted);
          await jobs().enqueue(DOMAIN_EVENT_JOBS.fanOut, { eventId: id }, { uniqueKey: `domain-event:${id}`, trx: db });
          return { id };
        },
        committed: ({ id }) => {
          bus()
            .publish(`domain.${name}`, { id, name, payload: checked, publishedAt: new Date(now).toISOString() })
            .catch((error: unknown) => strapi.log.warn(`[platform] live broadcast of ${name}#${id} failed: ${error instanceof Error ? error.message : String(error)}`));
        },
      });
    },

    /**
     * Subscribes `subscriberId` (unique, stable across releases: it keys the deliveries) to events
     * `names`. Call it in the plugin's `register()`, on every instance. The handler may run on any
     * instance; a throw retries that delivery with backoff. Handlers should be idempotent on
     * `event.id` (a delivery interrupted by a crash runs again).
     */
    subscribe<K extends DomainEventName>(subscriberId: string, names: readonly K[], handler: DomainEventHandler<K>, options: { maxAttempts?: number } = {}): void {
      if (!SUBSCRIBER_ID.test(subscriberId)) throw new Error(`Invalid subscriber id "${subscriberId}": use lowercase letters, digits, . _ -`);
      for (const name of names) if (!isDomainEventName(name)) throw new Error(`Unknown domain event "${String(name)}": declare it in cms/src/events.ts`);
      subscriptions.set(subscriberId, {
        names: new Set<DomainEventName>(names),
        handler: handler as (event: DomainEvent) => Promise<void> | void,
        maxAttempts: options.maxAttempts ?? DELIVERY_RETRY.maxAttempts ?? 10,
      });
    },

    /** Removes a subscription on this instance (tests; a module never needs it). */
    unsubscribe(subscriberId: string): void {
      subscriptions.delete(subscriberId);
    },

    /**
     * Listens to events `name` as they commit, on this instance, whichever instance published them
     * (the bus topic `domain.<name>`). Not durable: for live views, never for work that must happen.
     * @returns a function that ends the listening
     */
    async onCommitted<K extends DomainEventName>(name: K, listener: (event: DomainEvent<K>) => void | Promise<void>): Promise<() => Promise<void>> {
      return bus().subscribe(`domain.${name}`, async (message) => {
        const id = Number(field(message, 'id'));
        const payload = domainEventSchemas[name].parse(field(message, 'payload')) as DomainEventPayloads[K];
        const publishedAt = new Date(String(field(message, 'publishedAt')));
        await listener({ id, name, payload, publishedAt } as DomainEvent<K>);
      });
    },

    /** The event with this id, or null. */
    async get(id: number): Promise<DomainEvent | null> {
      return load(id);
    },

    /** Defines the platform's delivery jobs (platform register()). */
    defineJobs(): void {
      jobs().define(DOMAIN_EVENT_JOBS.fanOut, async (payload) => {
        const eventId = Number(field(payload, 'eventId'));
        const row = (await knex()<EventRow>(DOMAIN_EVENTS_TABLE).where('id', eventId).first('name')) as Pick<EventRow, 'name'> | undefined;
        if (!row || !isDomainEventName(row.name)) return;
        for (const [subscriberId, subscription] of subscriptions) {
          if (!subscription.names.has(row.name)) continue;
          await jobs().enqueue(
            DOMAIN_EVENT_JOBS.deliver,
            { eventId, subscriberId },
            { uniqueKey: `domain-event:${eventId}:${subscriberId}`, maxAttempts: subscription.maxAttempts },
          );
        }
      });
      jobs().define(
        DOMAIN_EVENT_JOBS.deliver,
        async (payload) => {
          const subscriberId = String(field(payload, 'subscriberId'));
          const subscription = subscriptions.get(subscriberId);
          // another instance (a newer release) may know it: retried, then failed with this error
          if (!subscription) throw new UnknownSubscriberError(subscriberId);
          const event = await load(Number(field(payload, 'eventId')));
          if (event) await subscription.handler(event);
        },
        DELIVERY_RETRY,
      );
    },
  };
  return service;
};

export type EventsService = ReturnType<typeof events>;
export default events;
