/**
 * Privacy of the event space on every public read: the viewer's access sets, the rewriting of a
 * document query (its filters, relation filters and populate) so that nothing hidden can be listed,
 * read, filtered on or populated, and the recording links a caller may not receive yet, removed from
 * what a read returns.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayReceiveRecording, needsRegistration } from '../domain/recordings';
import { withholdUnsafeUrls } from '../domain/public-urls';
import { eventFilter, eventOwnedFilter, isRecord, platform, sessionFilter, type ViewerAccess } from '../../../../platform/server/src/kit';
import { AD_UID, EVENT_UID, isProtectedUid, NEWS_UID, SESSION_UID, TRACK_UID, type ProtectedUid } from '../constants';

type Filter = Record<string, unknown>;
type PopulateValue = boolean | string | string[] | { [key: string]: unknown };

export interface Viewer {
  id: number;
  email: string;
}

export interface Listing {
  event: boolean;
  session: boolean;
}

interface RecordingRow {
  id: number;
  recordingAvailability: string | null;
  endsAt: string | Date | null;
  recordingAvailableAt: string | Date | null;
  event?: { documentId: string } | null;
}

/** The session field that only some callers may receive, at some times (domain/recordings.ts). */
export const RECORDING_FIELD = 'recordingUrl';

interface AttributeLike {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
}

/** The filter that keeps only what the viewer may see of `uid`. */
export function visibilityFilter(uid: ProtectedUid, access: ViewerAccess, listing: Listing): Filter {
  switch (uid) {
    case EVENT_UID:
      return eventFilter(access, listing.event);
    case SESSION_UID:
      return sessionFilter(access, listing);
    case TRACK_UID:
    case AD_UID:
      return eventOwnedFilter(access, listing.event, false);
    case NEWS_UID:
      return eventOwnedFilter(access, listing.event, true);
  }
}

/**
 * Sorting by the recording link would let a caller compare links they may not read: refused, like
 * filtering by it (scopeFilters). `sort` in any form Strapi accepts: 'a:desc', ['a', 'b'], { a: 'asc' }, [{ a: 'asc' }].
 */
export function refuseRecordingSort(uid: string, sort: unknown): void {
  if (uid !== SESSION_UID || sort === undefined || sort === null) return;
  const names = (value: unknown): string[] => {
    if (typeof value === 'string') return value.split(',').map((part) => part.trim().split(':')[0] ?? '');
    if (Array.isArray(value)) return value.flatMap(names);
    return isRecord(value) ? Object.keys(value) : [];
  };
  if (names(sort).includes(RECORDING_FIELD)) throw new errors.ValidationError('Sessions cannot be sorted by recordingUrl');
}

/** Whether top-level filters pin one event (by slug or document id): then a by-link event may be shown. */
export function pinsOne(filters: unknown, keys: string[] = ['slug', 'documentId']): boolean {
  if (!isRecord(filters)) return false;
  for (const key of keys) {
    const value = filters[key];
    if (typeof value === 'string' && value !== '') return true;
    if (isRecord(value) && typeof value.$eq === 'string' && value.$eq !== '') return true;
  }
  return Array.isArray(filters.$and) && filters.$and.some((part) => pinsOne(part, keys));
}

const visibility = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string): Record<string, AttributeLike> =>
    ((strapi.getModel(uid as Parameters<typeof strapi.getModel>[0]) as { attributes?: Record<string, AttributeLike> } | undefined)?.attributes ?? {});

  /** Listing mode of a relation populated or filtered from `parentUid`. */
  const nestedListing = (parentUid: string): Listing => {
    // reached from a visible event or something of it: the event may be by-link; sessions the
    // organizer put "by link" still stay out of programs
    const fromEvent = [EVENT_UID, SESSION_UID, TRACK_UID, NEWS_UID, AD_UID].includes(parentUid);
    return { event: !fromEvent, session: true };
  };

  /** Sessions in a read's result (at any depth of populate) that carry a recording link. */
  const sessionsWithRecording = (uid: string, value: unknown, found: Array<Record<string, unknown>>): void => {
    if (Array.isArray(value)) {
      for (const item of value) sessionsWithRecording(uid, item, found);
      return;
    }
    if (!isRecord(value)) return;
    if (uid === SESSION_UID && typeof value[RECORDING_FIELD] === 'string' && value[RECORDING_FIELD] !== '') found.push(value);
    for (const [name, attribute] of Object.entries(attributesOf(uid))) {
      const nested = value[name];
      if (nested === undefined || nested === null) continue;
      if (attribute.type === 'relation' && attribute.target) sessionsWithRecording(attribute.target, nested, found);
      else if (attribute.type === 'component' && attribute.component) sessionsWithRecording(attribute.component, nested, found);
      else if (attribute.type === 'dynamiczone' && Array.isArray(nested)) {
        for (const item of nested) if (isRecord(item) && typeof item.__component === 'string') sessionsWithRecording(item.__component, item, found);
      }
    }
  };

  const service = {
    /** Listing mode of a relation reached from `parentUid` (a by-link event is shown from its own items, not in lists). */
    nestedListing,

    /**
     * Removes (sets to null) every recording link in `result` that `viewer` may not receive at `now`:
     * "never"; before the end (and before the recording's publication time); "registered" for anyone
     * but a signed-in user registered for the session's event. The rule reads the stored session, not
     * the result (a caller may have selected only the link).
     */
    async withholdRecordings(uid: string, result: unknown, viewer: Viewer | null, now: Date): Promise<void> {
      const found: Array<Record<string, unknown>> = [];
      sessionsWithRecording(uid, result, found);
      if (found.length === 0) return;
      const ids = [...new Set(found.map((session) => session.id).filter((id): id is number => typeof id === 'number'))];
      const rows = (
        ids.length === 0
          ? []
          : await strapi.db.query(SESSION_UID).findMany({
              where: { id: { $in: ids } },
              select: ['id', 'recordingAvailability', 'endsAt', 'recordingAvailableAt'],
              populate: { event: { select: ['documentId'] } },
            })
      ) as RecordingRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));

      // the registration decides only for "registered" recordings open now: ask only then, once per event
      const registeredAt = new Set<string>();
      const eventsToAsk = new Set(rows.flatMap((row) => (row.event && needsRegistration(row, now) ? [row.event.documentId] : [])));
      if (viewer && eventsToAsk.size > 0) {
        for (const eventId of eventsToAsk) if ((await platform(strapi).access.isRegistered(viewer.id, eventId)) === true) registeredAt.add(eventId);
      }

      for (const session of found) {
        const row = typeof session.id === 'number' ? byId.get(session.id) : undefined;
        const registered = Boolean(row?.event && registeredAt.has(row.event.documentId));
        if (!row || !mayReceiveRecording(row, { signedIn: viewer !== null, registered }, now)) session[RECORDING_FIELD] = null;
      }
    },

    /** Replaces every unsafe link in `result` (any depth) by null: what the public receives (domain/public-urls.ts). */
    withholdUnsafeLinks(uid: string, result: unknown): void {
      withholdUnsafeUrls(uid, result, attributesOf);
    },

    /** What the viewer was given: invitations and allowlists (the platform's access decides, for every module). */
    async accessOf(viewer: Viewer | null): Promise<ViewerAccess> {
      return platform(strapi).access.viewerAccess(viewer);
    },

    /** Filters with every relation to a protected type scoped to what the viewer may see. */
    scopeFilters(uid: string, filters: unknown, access: ViewerAccess): unknown {
      if (Array.isArray(filters)) return filters.map((part) => service.scopeFilters(uid, part, access));
      if (!isRecord(filters)) return filters;
      const attributes = attributesOf(uid);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(filters)) {
        if (key === '$and' || key === '$or' || key === '$not') {
          out[key] = service.scopeFilters(uid, value, access);
          continue;
        }
        // a filter on the link would reveal it piece by piece to a caller who may not read it
        if (uid === SESSION_UID && key === RECORDING_FIELD) throw new errors.ValidationError('Sessions cannot be filtered by recordingUrl');
        const attribute = attributes[key];
        if (attribute?.type === 'relation' && attribute.target) {
          const inner = service.scopeFilters(attribute.target, value, access);
          out[key] = isProtectedUid(attribute.target)
            ? { $and: [inner, visibilityFilter(attribute.target, access, nestedListing(uid))] }
            : inner;
        } else {
          out[key] = value;
        }
      }
      return out;
    },

    /**
     * Populate in object form with a visibility filter on every protected relation, at any depth.
     * Accepts what Strapi accepts: '*', 'a,b', ['a', 'b.c'], { a: true, b: { populate, filters } }.
     */
    scopePopulate(uid: string, populate: unknown, access: ViewerAccess): unknown {
      if (populate === undefined || populate === null || populate === false) return populate;
      const attributes = attributesOf(uid);
      const entries = new Map<string, PopulateValue>();
      const addPath = (path: string) => {
        const [head, ...rest] = path.split('.');
        if (!head) return;
        if (head === '*') {
          for (const [name, attribute] of Object.entries(attributes)) {
            if (['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type) && !entries.has(name)) entries.set(name, true);
          }
          return;
        }
        const existing = entries.get(head);
        if (rest.length === 0) {
          if (existing === undefined) entries.set(head, true);
          return;
        }
        const nested = isRecord(existing) ? existing : {};
        const nestedPopulate = nested.populate;
        const list = Array.isArray(nestedPopulate) ? nestedPopulate : typeof nestedPopulate === 'string' ? [nestedPopulate] : [];
        entries.set(head, { ...nested, populate: [...list, rest.join('.')] });
      };
      if (populate === true || populate === '*') addPath('*');
      else if (typeof populate === 'string') populate.split(',').forEach((part) => addPath(part.trim()));
      else if (Array.isArray(populate)) populate.forEach((part) => typeof part === 'string' && part.split(',').forEach((p) => addPath(p.trim())));
      else if (isRecord(populate)) {
        for (const [key, value] of Object.entries(populate)) {
          if (key === '*') addPath('*');
          else entries.set(key, value as PopulateValue);
        }
      }

      const out: Record<string, unknown> = {};
      for (const [name, value] of entries) {
        const attribute = attributes[name];
        if (!attribute) {
          out[name] = value; // let Strapi's validation answer for unknown keys
          continue;
        }
        if (attribute.type === 'relation' && attribute.target) {
          const target = attribute.target;
          const options = isRecord(value) ? { ...value } : {};
          refuseRecordingSort(target, options.sort);
          if (options.populate !== undefined) options.populate = service.scopePopulate(target, options.populate, access);
          if (options.filters !== undefined) options.filters = service.scopeFilters(target, options.filters, access);
          if (isProtectedUid(target)) {
            const scope = visibilityFilter(target, access, nestedListing(uid));
            options.filters = options.filters === undefined ? scope : { $and: [options.filters, scope] };
          }
          out[name] = Object.keys(options).length === 0 ? true : options;
        } else if (attribute.type === 'component' && attribute.component && isRecord(value) && value.populate !== undefined) {
          out[name] = { ...value, populate: service.scopePopulate(attribute.component, value.populate, access) };
        } else if (attribute.type === 'dynamiczone' && isRecord(value) && isRecord(value.on)) {
          const on: Record<string, unknown> = {};
          for (const [component, options] of Object.entries(value.on)) {
            on[component] = isRecord(options) && options.populate !== undefined
              ? { ...options, populate: service.scopePopulate(component, options.populate, access) }
              : options;
          }
          out[name] = { ...value, on };
        } else {
          out[name] = value;
        }
      }
      return out;
    },
  };
  return service;
};

export type VisibilityService = ReturnType<typeof visibility>;
export default visibility;
