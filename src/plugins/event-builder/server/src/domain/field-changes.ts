/**
 * Which fields a write to one entry would really change, among those the writer may not change.
 *
 * Strapi's permission sanitizer silently drops a field the user may not write and answers 200, so a
 * refused change looks like a saved one. The content manager's edit form, though, sends the whole
 * entry back, restricted fields included: only an actual change may be refused. Pure: the schema
 * of the entry and of its components, the body, the stored values and what the user may write come
 * in as arguments.
 */
import { comparableTypeOf, relationOps, valueChanged, type RelationRef } from './organizer-writes';
import { isRecord } from '../../../../platform/server/src/kit';

export interface AttributeShape {
  type: string;
  /** Component uid of a `component` attribute. */
  component?: string;
  /** Component uids of a `dynamiczone`. */
  components?: readonly string[];
  repeatable?: boolean;
}

export interface ModelShape {
  attributes: Record<string, AttributeShape>;
}

export type ComponentLookup = (uid: string) => ModelShape | undefined;

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the key order it was given. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Stored JSON comes back as a string on some databases. */
const parsedJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);

/** Ids of media as sent (id, `{ id }`, a list of those) or as stored (file rows). */
function mediaIds(value: unknown): Array<number | string> | null {
  const ids: Array<number | string> = [];
  for (const item of listOf(value)) {
    const id = isRecord(item) ? item.id : item;
    if (typeof id === 'number') ids.push(id);
    else if (typeof id === 'string' && /^\d+$/.test(id)) ids.push(Number(id));
    else return null;
  }
  return ids;
}

/** Refs of a stored relation value (one row, a list of rows, or nothing). */
const storedRefs = (value: unknown): RelationRef[] =>
  listOf(value)
    .filter(isRecord)
    .map((row) => {
      const ref: RelationRef = {};
      if (typeof row.id === 'number') ref.id = row.id;
      if (typeof row.documentId === 'string') ref.documentId = row.documentId;
      return ref;
    });

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const normalTime = (value: unknown): string | null => {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  return match ? `${match[1]?.padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}.${(match[4] ?? '0').padEnd(3, '0')}` : null;
};

const asBoolean = (value: unknown): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** Whether a leaf value (anything but components and dynamic zones) changes. Unknown shapes count as changed. */
function leafChanged(attribute: AttributeShape, next: unknown, current: unknown): boolean {
  if (next === undefined) return false;
  if (attribute.type === 'media') {
    const a = mediaIds(next);
    const b = mediaIds(current);
    return a === null || b === null || a.join(',') !== b.join(',');
  }
  if (attribute.type === 'relation') return valueChanged('relation', next, storedRefs(current));
  if (attribute.type === 'time') {
    const a = normalTime(next);
    const b = normalTime(current);
    if (a !== null && b !== null) return a !== b;
  }
  if (attribute.type === 'boolean') return valueChanged('boolean', asBoolean(next), asBoolean(current));
  const type = comparableTypeOf(attribute.type);
  if (type === 'json') return canonicalJson(parsedJson(next)) !== canonicalJson(parsedJson(current));
  if (type !== null) return valueChanged(type, next, current);
  return canonicalJson(next) !== canonicalJson(current);
}

export interface ChangeContext {
  components: ComponentLookup;
  /** Whether the user may write everything under this field path (`title`, `branding.primaryColor`). */
  mayWrite(path: string): boolean;
}

/**
 * The paths under `path` that change and that the user may not write. A component's sub-fields are
 * judged one by one (a role may write some of them); a component added or removed changes the
 * component itself.
 */
function changedPaths(attribute: AttributeShape, path: string, next: unknown, current: unknown, context: ChangeContext): string[] {
  if (next === undefined || context.mayWrite(path)) return [];
  if (attribute.type === 'component') {
    const schema = attribute.component ? context.components(attribute.component) : undefined;
    const nextItems = listOf(next);
    const currentItems = listOf(current);
    if (nextItems.length !== currentItems.length) return [path];
    if (!schema || !nextItems.every(isRecord)) return canonicalJson(stripIds(next)) !== canonicalJson(stripIds(current)) ? [path] : [];
    const out = new Set<string>();
    nextItems.forEach((item, index) => {
      const stored = currentItems[index];
      for (const [key, sub] of Object.entries(schema.attributes)) {
        for (const changed of changedPaths(sub, `${path}.${key}`, (item as Record<string, unknown>)[key], isRecord(stored) ? stored[key] : undefined, context)) {
          out.add(changed);
        }
      }
    });
    return [...out];
  }
  if (attribute.type === 'dynamiczone') {
    const nextItems = listOf(next);
    const currentItems = listOf(current);
    if (nextItems.length !== currentItems.length) return [path];
    // a zone is governed as a whole: any change inside it changes it
    const judgeAll: ChangeContext = { ...context, mayWrite: () => false };
    const changed = nextItems.some((item, index) => {
      const stored = currentItems[index];
      if (!isRecord(item) || !isRecord(stored) || item.__component !== stored.__component) return true;
      const schema = typeof item.__component === 'string' ? context.components(item.__component) : undefined;
      if (!schema) return canonicalJson(stripIds(item)) !== canonicalJson(stripIds(stored));
      return Object.entries(schema.attributes).some(([key, sub]) => changedPaths(sub, key, item[key], stored[key], judgeAll).length > 0);
    });
    return changed ? [path] : [];
  }
  return leafChanged(attribute, next, current) ? [path] : [];
}

/** A component value without the keys the admin form adds or the database assigns. */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== '__temp_key__' && key !== 'documentId')
      .map(([key, item]) => [key, stripIds(item)]),
  );
}

/** Whether a value sets nothing: empty text, no list items, a relation that connects nothing. */
export function setsNothing(attribute: AttributeShape, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (attribute.type === 'relation') {
    const ops = relationOps(value);
    return ops !== null && ops.connect.length === 0 && (ops.set === null || ops.set.length === 0);
  }
  return isRecord(value) && Object.keys(value).length === 0 && attribute.type !== 'json';
}

export interface WriteToCheck {
  /** The entry's attributes (top level). */
  attributes: Record<string, AttributeShape>;
  /** Top-level fields that field-level permissions govern; the others are not judged here. */
  governed: ReadonlySet<string>;
  body: Record<string, unknown>;
  /**
   * The stored values the write would replace (null: a new entry, every value counts as new). For
   * a new translation, the document's values in another locale.
   */
  current: Record<string, unknown> | null;
  /**
   * A new translation: the edit form sends defaults for what it does not copy from the other
   * locales (components, relations), and Strapi fills those from the document, so a value that
   * sets nothing is no change.
   */
  newVersion?: boolean;
}

/**
 * The field paths the write would change although the user may not write them (empty: the write
 * may go on). Fields sent with their stored value are not changes, whatever shape the admin form
 * sends them in.
 */
export function refusedChanges(write: WriteToCheck, context: ChangeContext): string[] {
  const out: string[] = [];
  for (const [key, next] of Object.entries(write.body)) {
    const attribute = write.attributes[key];
    if (!attribute || !write.governed.has(key)) continue;
    if (write.newVersion && setsNothing(attribute, next)) continue;
    out.push(...changedPaths(attribute, key, next, write.current?.[key], context));
  }
  return out;
}

/**
 * What to populate to compare the given attributes with what a body sends: components and zones
 * down to their leaves, media and relations as ids. Scalars need nothing.
 */
export function comparisonPopulate(attributes: Record<string, AttributeShape>, keys: readonly string[], components: ComponentLookup, depth = 6): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const key of keys) {
    const value = populateOf(attributes[key], components, depth);
    if (value !== null) populate[key] = value;
  }
  return populate;
}

function populateOf(attribute: AttributeShape | undefined, components: ComponentLookup, depth: number): unknown {
  if (!attribute || depth <= 0) return null;
  switch (attribute.type) {
    case 'media':
      return { fields: ['id'] };
    case 'relation':
      return { fields: ['documentId'] };
    case 'component': {
      const schema = attribute.component ? components(attribute.component) : undefined;
      if (!schema) return true;
      const nested = comparisonPopulate(schema.attributes, Object.keys(schema.attributes), components, depth - 1);
      return Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
    case 'dynamiczone': {
      const on: Record<string, unknown> = {};
      for (const uid of attribute.components ?? []) {
        const schema = components(uid);
        const nested = schema ? comparisonPopulate(schema.attributes, Object.keys(schema.attributes), components, depth - 1) : {};
        on[uid] = Object.keys(nested).length > 0 ? { populate: nested } : true;
      }
      return { on };
    }
    default:
      return null;
  }
}

/** Attributes whose stored value needs a populate to be compared. */
export const needsPopulate = (attribute: AttributeShape | undefined) =>
  attribute !== undefined && ['media', 'relation', 'component', 'dynamiczone'].includes(attribute.type);
