/**
 * Decisions of the organizer write guard (rbac/document-guard.ts), pure: whether an organizer's level
 * on an event covers a write, whether event content is left outside its event, which event a new
 * translation belongs to, and how an event's organizer lists are kept the same on every version.
 */
import { levelCovers, type EventLevel } from '../../../../platform/server/src/kit';
import { relationOps } from './organizer-writes';

/** Why a write touching an event is refused: the organizer is only its manager, or not its organizer. */
export type OwnEventRefusal = 'admin-only' | 'not-organizer';

/** Whether `granted` (the organizer's level on the event, null: none or no event) covers `required`. */
export function ownEventRefusal(granted: EventLevel | null, required: EventLevel): OwnEventRefusal | null {
  if (levelCovers(granted, required)) return null;
  return granted !== null ? 'admin-only' : 'not-organizer';
}

/** The refusal's text; `what` names the field written (`запись в поле «event»`). */
export function ownEventRefusalText(refusal: OwnEventRefusal, what: string): string {
  return refusal === 'admin-only'
    ? `Нет доступа: ${what} может менять только администратор события`
    : `Нет доступа: ${what} относится к событию, которое вы не ведёте`;
}

/**
 * Whether a write leaves an event's content (a session, a track, ...) outside any event: created with
 * no event chosen, or its event removed without another chosen. `eventValue` is the write's `event`.
 */
export function leavesItsEvent(action: string, eventValue: unknown): boolean {
  const ops = relationOps(eventValue);
  const chosen = ops ? [...ops.connect, ...(ops.set ?? [])] : [];
  if (action === 'create') return chosen.length === 0;
  const dropped = ops !== null && (ops.set !== null || ops.disconnect.length > 0);
  return dropped && chosen.length === 0;
}

/** Whether a write names the event itself (then a new translation keeps that choice). */
export function choosesEvent(eventValue: unknown): boolean {
  if (eventValue === undefined) return false;
  const ops = relationOps(eventValue);
  return ops === null || ops.connect.length > 0 || (ops.set?.length ?? 0) > 0;
}

/** A version of an event's content: its language and the event it belongs to. */
export interface ContentVersion {
  locale?: string | null;
  eventDocumentId: string | null;
}

/**
 * The event a new translation (in `locale`) of an event's content belongs to: the event of its other
 * versions. Null when there is nothing to inherit: no versions, the language exists already (not a
 * new translation), or no version has an event.
 */
export function eventOfNewTranslation(versions: readonly ContentVersion[], locale: string): string | null {
  if (versions.length === 0 || versions.some((version) => version.locale === locale)) return null;
  return versions.find((version) => version.eventDocumentId !== null)?.eventDocumentId ?? null;
}

/** An event's organizer lists: admin user ids of its administrators and managers. */
export const MEMBERSHIP = ['admins', 'managers'] as const;
export type MembershipField = (typeof MEMBERSHIP)[number];
export type MembershipLists = Record<MembershipField, number[]>;

/** A stored version of an event with its organizer lists. */
export interface MembershipVersion {
  id: number;
  locale?: string | null;
  publishedAt?: unknown;
  admins?: ReadonlyArray<{ id: number }>;
  managers?: ReadonlyArray<{ id: number }>;
}

const sortedIds = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);

/** The version's lists, sorted. */
export const membershipListsOf = (version: MembershipVersion): MembershipLists => ({
  admins: sortedIds((version.admins ?? []).map((user) => user.id)),
  managers: sortedIds((version.managers ?? []).map((user) => user.id)),
});

const isDraftIn = (version: MembershipVersion, locale?: string) => !version.publishedAt && (!locale || version.locale === locale);

/** The draft a write in `locale` changed (any draft when the write named no language). */
export const writtenDraft = <V extends MembershipVersion>(versions: readonly V[], locale?: string): V | undefined =>
  versions.find((version) => isDraftIn(version, locale)) ?? versions.find((version) => !version.publishedAt);

/**
 * The version whose lists a new translation takes before the write (the draft in the write's
 * language, else any draft, else the first version); undefined when the written version existed
 * before (its own lists are the document's).
 */
export function membershipReference<V extends MembershipVersion>(before: readonly V[], written: MembershipVersion, locale?: string): V | undefined {
  if (before.some((version) => version.id === written.id)) return undefined;
  return writtenDraft(before, locale) ?? before[0];
}

/** The lists that differ between a version and the document's lists. */
export function changedMembership(current: MembershipLists, target: MembershipLists): MembershipField[] {
  return MEMBERSHIP.filter((field) => current[field].join(',') !== sortedIds(target[field]).join(','));
}
