/**
 * Domain events: what a module announces when something happened, for the modules that react
 * (reminders, analytics, data requests, webhooks). The platform writes an event in the transaction
 * of the change that caused it and delivers it to every subscriber once, on any instance
 * (`platform(strapi).events`, src/plugins/platform/server/src/kit).
 *
 * Payloads carry ids and states, never personal data (no names, no addresses): a subscriber that
 * needs more reads it when it runs, so an erased person's data is not kept in the event log.
 *
 * A later module adds its events here: a name (`<module>.<what-happened>`, lowercase) and a strict
 * payload schema in `domainEventSchemas`; the map types `publish` and `subscribe`.
 */
import { z } from 'zod';
import { REGISTRATION_STATUSES } from './registration.js';

/** An ISO 8601 time with offset (when it happened). */
const at = z.string().datetime({ offset: true });
const id = z.number().int().positive();
const documentId = z.string().min(1).max(64);
const registrationStatus = z.enum(REGISTRATION_STATUSES);
/** What a registration holds while it is not cancelled. */
const activeStatus = registrationStatus.exclude(['cancelled']);

/** Payload schemas by event name: the contract of every domain event. */
export const domainEventSchemas = {
  /**
   * A person registered for an event (seated, waitlisted, or pending an organizer's approval), or registered
   * again after cancelling.
   */
  'registration.created': z.strictObject({
    registrationId: id,
    userId: id,
    eventDocumentId: documentId,
    status: activeStatus.exclude(['rejected']),
    at,
  }),
  /** A registration was cancelled (by its owner, or because the account was erased). */
  'registration.cancelled': z.strictObject({
    registrationId: id,
    userId: id,
    eventDocumentId: documentId,
    previousStatus: activeStatus,
    at,
  }),
  /**
   * A registration's status changed otherwise: a promotion from the waitlist (waitlisted -> registered), an
   * organizer's approval or rejection (pending -> registered, waitlisted or rejected).
   */
  'registration.status-changed': z.strictObject({
    registrationId: id,
    userId: id,
    eventDocumentId: documentId,
    from: registrationStatus,
    to: registrationStatus,
    at,
  }),
  /** A registered person's attendance was marked (at the event, or at one of its sessions). */
  'attendance.marked': z.strictObject({
    registrationId: id,
    userId: id,
    eventDocumentId: documentId,
    sessionDocumentId: documentId.nullable(),
    at,
  }),
  /** A person changed their profile: the names of the fields that changed, not their values. */
  'profile.updated': z.strictObject({
    userId: id,
    fields: z.array(z.string().min(1).max(64)).min(1),
    at,
  }),
  /** A person's account was erased: every module forgets what it holds about `userId`. */
  'profile.deleted': z.strictObject({
    userId: id,
    at,
  }),
} as const;

export type DomainEventName = keyof typeof domainEventSchemas;

/** The payload of each domain event, by name. */
export type DomainEventPayloads = { [K in DomainEventName]: z.infer<(typeof domainEventSchemas)[K]> };

export const DOMAIN_EVENT_NAMES = Object.keys(domainEventSchemas) as DomainEventName[];

/** Whether `name` is a known domain event. */
export const isDomainEventName = (name: string): name is DomainEventName => Object.hasOwn(domainEventSchemas, name);

/** Checks a payload against its event's schema; throws a ZodError naming the field. */
export function parseDomainEvent<K extends DomainEventName>(name: K, payload: unknown): DomainEventPayloads[K] {
  return domainEventSchemas[name].parse(payload) as DomainEventPayloads[K];
}
