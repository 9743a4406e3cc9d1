/**
 * Which columns the organizer shows, remembered in this browser per organizer (the admin user's id)
 * and event (each event asks its own questions). By default: the person, status, source, the times
 * and the event's questions; the other profile fields are a click away. Pure but for the storage.
 */
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';

const DEFAULT_FIXED = ['lastName', 'firstName', 'email', 'status', 'source', 'registeredAt', 'attendedAt'];

export const defaultColumns = (columns: readonly RegistrantColumn[]): string[] =>
  columns.filter((column) => (column.place === 'fixed' ? DEFAULT_FIXED.includes(column.key) : column.place === 'answers')).map((column) => column.key);

const storageKey = (adminId: number | string, eventDocumentId: string) => `mmso.registration.columns.${adminId}.${eventDocumentId}`;

/** The remembered choice, limited to columns the list still has; null when none was made. */
export function readChoice(storage: Pick<Storage, 'getItem'> | undefined, adminId: number | string | null, eventDocumentId: string, columns: readonly RegistrantColumn[]): string[] | null {
  if (!storage || adminId === null) return null;
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(adminId, eventDocumentId)) ?? 'null');
    if (!Array.isArray(parsed)) return null;
    const known = new Set(columns.map((column) => column.key));
    const chosen = parsed.filter((key): key is string => typeof key === 'string' && known.has(key));
    return chosen.length > 0 ? chosen : null;
  } catch {
    return null;
  }
}

export function writeChoice(storage: Pick<Storage, 'setItem'> | undefined, adminId: number | string | null, eventDocumentId: string, keys: readonly string[]): void {
  if (!storage || adminId === null) return;
  try {
    storage.setItem(storageKey(adminId, eventDocumentId), JSON.stringify(keys));
  } catch {
    // a full or refused storage: the choice lasts for this page only
  }
}

/** The chosen columns in the list's own order. */
export const visibleColumns = (columns: readonly RegistrantColumn[], chosen: readonly string[]): RegistrantColumn[] => {
  const keep = new Set(chosen);
  const fixedOrder = (key: string) => (DEFAULT_FIXED.includes(key) ? DEFAULT_FIXED.indexOf(key) : DEFAULT_FIXED.length);
  const fixed = columns.filter((column) => column.place === 'fixed' && keep.has(column.key)).sort((a, b) => fixedOrder(a.key) - fixedOrder(b.key));
  return [...fixed, ...columns.filter((column) => column.place !== 'fixed' && keep.has(column.key))];
};
