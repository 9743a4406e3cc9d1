/**
 * Items several events can share (a partner, a speaker, a media file): who may change or delete
 * one. Pure: what uses the item and the actor's level on each event are passed in.
 *
 * The rule: linking an item to one's event grants nothing over the item itself. A shared item is
 * changed (edited, published, replaced, deleted) only by someone who may change it on EVERY event
 * that uses it (or by a client administrator), since a change shows at once on all of them. An
 * item used outside any event (an organization's logo, a dictionary) is the space's: only a client
 * administrator changes it. An item used by nothing is left to the roles (its creator, by RBAC).
 *
 * Speakers are freely linkable: any organizer puts any speaker of the space on their program, and
 * only the administrators of every event that shows a speaker edit them. The trade-off: a speaker
 * shown by several organizers' events (a rector opening many of them) is edited by a client
 * administrator only; an event administrator who needs another bio adds their own speaker.
 */
import type { EventLevel } from './roles';

/** What uses an item: the events that show it, and whether anything outside events does. */
export interface ItemUsage {
  events: readonly string[];
  beyondEvents: boolean;
}

export interface SharedChange {
  /** Super Admin or client administrator. */
  allAccess: boolean;
  usage: ItemUsage;
  /** The actor's level on each event of `usage.events` (missing = none). */
  levels: Readonly<Record<string, EventLevel | null | undefined>>;
  /** The level needed on each event: 'manager' for partners and files, 'admin' for speakers. */
  required: EventLevel;
}

export type SharedDecision = { ok: true } | { ok: false; othersCount: number; beyondEvents: boolean };

const covers = (granted: EventLevel | null | undefined, required: EventLevel) => granted === 'admin' || (granted === 'manager' && required === 'manager');

export function decideSharedChange(change: SharedChange): SharedDecision {
  if (change.allAccess) return { ok: true };
  const others = [...new Set(change.usage.events)].filter((eventId) => !covers(change.levels[eventId], change.required));
  if (others.length === 0 && !change.usage.beyondEvents) return { ok: true };
  return { ok: false, othersCount: others.length, beyondEvents: change.usage.beyondEvents };
}

export type SharedKind = 'partner' | 'speaker' | 'file';

const WHAT: Record<SharedKind, string> = { partner: 'этот партнёр', speaker: 'этот спикер', file: 'этот файл' };
const WHAT_EN: Record<SharedKind, string> = { partner: 'this partner', speaker: 'this speaker', file: 'this file' };

/** The refusal (Russian first, English second): no other event is named, the actor may not see them. */
export function sharedRefusal(kind: SharedKind, decision: Extract<SharedDecision, { ok: false }>, required: EventLevel): string {
  const who = required === 'admin' ? 'администраторы' : 'организаторы';
  const where =
    decision.othersCount > 0
      ? `используется и в событиях, которые вы не ведёте (${decision.othersCount})`
      : 'используется вне событий (например, в данных организации)';
  return `Нет доступа: ${WHAT[kind]} ${where}. Изменить или удалить его могут только ${who} всех этих событий или администратор клиента; для своего события создайте отдельную запись (${WHAT_EN[kind]} is used elsewhere: only organizers of every event that uses it or a client administrator may change it)`;
}

/**
 * Relations a clone must not copy: those whose targets belong to one entry only (`oneToMany`,
 * `oneToOne`), such as an event's sessions, tracks, news and ads. Copying one moves the target to
 * the copy: cloning an event would empty the original's program and hand it to whoever cloned it.
 * Those the clone request sets itself are checked like any write.
 */
export function relationsNotToClone(attributes: Readonly<Record<string, { type: string; relation?: string }>>, data: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(attributes)
    .filter(([name, attribute]) => attribute.type === 'relation' && (attribute.relation === 'oneToMany' || attribute.relation === 'oneToOne') && data[name] === undefined)
    .map(([name]) => name);
}
