/**
 * What an organizer's write would change: which related entries a relation value connects,
 * disconnects or replaces, whether a field's new value differs from the stored one, and whether a
 * session's new privacy loosens it. Pure: values come in as the document service accepts them.
 */
import { effectiveLevel, isRecord, PRIVACY_LEVELS, isStricter, type PrivacyLevel, type SessionPrivacy } from '../../../../platform/server/src/kit';

/** A related entry named by its row id or its document id. */
export interface RelationRef {
  id?: number;
  documentId?: string;
}

/** A relation value as operations; `set` replaces the whole relation (null: not a replacement). */
export interface RelationOps {
  connect: RelationRef[];
  disconnect: RelationRef[];
  set: RelationRef[] | null;
}

function refOf(value: unknown): RelationRef | null {
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (typeof value === 'string' && value !== '') return { documentId: value };
  if (isRecord(value)) {
    const ref: RelationRef = {};
    if (typeof value.id === 'number') ref.id = value.id;
    else if (typeof value.id === 'string' && /^\d+$/.test(value.id)) ref.id = Number(value.id);
    if (typeof value.documentId === 'string' && value.documentId !== '') ref.documentId = value.documentId;
    return ref.id === undefined && ref.documentId === undefined ? null : ref;
  }
  return null;
}

function refsOf(value: unknown): RelationRef[] | null {
  const items = Array.isArray(value) ? value : [value];
  const refs: RelationRef[] = [];
  for (const item of items) {
    const ref = refOf(item);
    if (!ref) return null;
    refs.push(ref);
  }
  return refs;
}

/**
 * Reads a relation value: an id, a document id, `{ id }` / `{ documentId }`, a list of those, null
 * (clear), or `{ connect, disconnect, set }`. Null when the value has another shape.
 */
export function relationOps(value: unknown): RelationOps | null {
  if (value === null) return { connect: [], disconnect: [], set: [] };
  if (isRecord(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    const part = (key: 'connect' | 'disconnect' | 'set'): RelationRef[] | null => {
      const raw = value[key];
      if (raw === undefined || raw === null) return [];
      return refsOf(raw);
    };
    const connect = part('connect');
    const disconnect = part('disconnect');
    const set = value.set === undefined ? null : part('set');
    if (!connect || !disconnect || (value.set !== undefined && !set)) return null;
    return { connect, disconnect, set };
  }
  const set = refsOf(value);
  return set ? { connect: [], disconnect: [], set } : null;
}

export const sameRef = (a: RelationRef, b: RelationRef) =>
  (a.id !== undefined && a.id === b.id) || (a.documentId !== undefined && a.documentId === b.documentId);

const contains = (refs: readonly RelationRef[], ref: RelationRef) => refs.some((other) => sameRef(other, ref));

/** Whether writing `value` would change a relation whose current entries are `current`. */
export function relationChanged(value: unknown, current: readonly RelationRef[]): boolean {
  if (value === undefined) return false;
  const ops = relationOps(value);
  if (!ops) return true; // a shape we cannot read: assume the worst
  if (ops.set) return ops.set.length !== current.length || ops.set.some((ref) => !contains(current, ref)) || current.some((ref) => !contains(ops.set ?? [], ref));
  return ops.connect.some((ref) => !contains(current, ref)) || ops.disconnect.some((ref) => contains(current, ref));
}

/**
 * Every entry a relation write touches: those it connects, those it disconnects and, for a
 * replacement, those it drops from `current`. Null when the value cannot be read.
 */
export function touchedRefs(value: unknown, current: readonly RelationRef[] = []): RelationRef[] | null {
  const ops = relationOps(value);
  if (!ops) return null;
  const touched = [...ops.connect, ...ops.disconnect];
  if (ops.set) touched.push(...ops.set, ...current.filter((ref) => !contains(ops.set ?? [], ref)));
  return touched;
}

/** The ids a relation holds after `ops` (refs already resolved to ids) are applied to `current`. */
export function applyRelationOps(current: readonly number[], ops: { connect: number[]; disconnect: number[]; set: number[] | null }): number[] {
  const base = ops.set ?? current;
  const result = base.filter((id) => !ops.disconnect.includes(id));
  for (const id of ops.connect) if (!result.includes(id) && !ops.disconnect.includes(id)) result.push(id);
  return result;
}

/** Field types whose change we can tell; for the others (components, zones, media) we cannot. */
export type ComparableType = 'scalar' | 'number' | 'boolean' | 'datetime' | 'json' | 'relation';

export function comparableTypeOf(attributeType: string): ComparableType | null {
  switch (attributeType) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'enumeration':
    case 'uid':
    case 'email':
      return 'scalar';
    case 'integer':
    case 'biginteger':
    case 'float':
    case 'decimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
    case 'datetime':
    case 'time':
    case 'timestamp':
      return 'datetime';
    case 'json':
    case 'blocks':
      return 'json';
    case 'relation':
      return 'relation';
    default:
      return null;
  }
}

const blank = (value: unknown) => value === null || value === undefined || value === '';

/**
 * Whether `next` (as sent) differs from `current` (as stored). Relations compare `current` as the
 * list of related refs. Empty string, null and missing count as the same empty value.
 */
export function valueChanged(type: ComparableType, next: unknown, current: unknown): boolean {
  if (next === undefined) return false;
  if (type === 'relation') return relationChanged(next, Array.isArray(current) ? (current as RelationRef[]) : current ? [current as RelationRef] : []);
  if (blank(next) || blank(current)) return !(blank(next) && blank(current));
  switch (type) {
    case 'number':
      return Number(next) !== Number(current);
    case 'boolean':
      return Boolean(next) !== Boolean(current);
    case 'datetime': {
      const a = Date.parse(String(next instanceof Date ? next.toISOString() : next));
      const b = Date.parse(String(current instanceof Date ? current.toISOString() : current));
      return Number.isNaN(a) || Number.isNaN(b) ? String(next) !== String(current) : a !== b;
    }
    case 'json':
      return JSON.stringify(next) !== JSON.stringify(current);
    default:
      return String(next) !== String(current);
  }
}

const isSessionPrivacy = (value: unknown): value is SessionPrivacy =>
  value === 'inherit' || (PRIVACY_LEVELS as readonly unknown[]).includes(value);

/**
 * Whether setting a session's privacy from `current` to `next` would show it to more people, given
 * its event's level (a session is never more open than its event). Unknown values count as loosening.
 */
export function loosensSessionPrivacy(eventLevel: PrivacyLevel, current: unknown, next: unknown): boolean {
  if (!isSessionPrivacy(next)) return true;
  const from = effectiveLevel(eventLevel, isSessionPrivacy(current) ? current : 'inherit');
  const to = effectiveLevel(eventLevel, next);
  return isStricter(from, to);
}

/**
 * A relation value that also holds the entry `id` (the creator among an event's administrators),
 * in the shape the caller used.
 */
export function withMember(value: unknown, member: { id: number; documentId?: string }): unknown {
  const id = member.id;
  const ref: RelationRef = member.documentId ? { id, documentId: member.documentId } : { id };
  if (value === undefined || value === null) return { connect: [{ id }] };
  if (Array.isArray(value)) {
    const refs = refsOf(value);
    if (refs && refs.some((other) => sameRef(other, ref))) return value;
    return [...value, value.every((item) => typeof item === 'number') ? id : { id }];
  }
  if (isRecord(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    const ops = relationOps(value);
    const out: Record<string, unknown> = { ...value };
    // the creator is never dropped by the same write that makes them a member
    if (Array.isArray(value.disconnect)) out.disconnect = value.disconnect.filter((item) => !sameRef(refOf(item) ?? {}, ref));
    else if (value.disconnect !== undefined && value.disconnect !== null && sameRef(refOf(value.disconnect) ?? {}, ref)) out.disconnect = [];
    const listOf = (raw: unknown): unknown[] => (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]);
    if (ops?.set) {
      if (!ops.set.some((other) => sameRef(other, ref))) out.set = [...listOf(value.set), { id }];
    } else if (!ops?.connect.some((other) => sameRef(other, ref))) {
      out.connect = [...listOf(value.connect), { id }];
    }
    return out;
  }
  const single = refOf(value);
  if (single && sameRef(single, ref)) return value;
  return single ? [value, { id }] : { connect: [{ id }] };
}
