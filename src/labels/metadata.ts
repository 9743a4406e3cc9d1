/**
 * Writing the catalog's Russian labels and hints into a content-manager configuration without
 * undoing an administrator's own wording (pure). A label or hint is replaced only while it is still
 * Strapi's default (the attribute name, an empty hint) or exactly what an earlier boot wrote from
 * the catalog; anything else was typed by hand in "Configure the view" and stays.
 */
import type { FieldLabel } from './catalog';

export interface FieldMetadata {
  edit?: { label?: string; description?: string; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}

/** What the catalog gave each field at the last boot: field -> Russian label and hint. */
export type Applied = Record<string, { label: string; hint: string }>;

export interface LabelsApplied {
  metadatas: Record<string, FieldMetadata>;
  applied: Applied;
  changed: boolean;
}

const untouched = (value: string | undefined, defaults: readonly (string | undefined)[]) =>
  value === undefined || value === '' || defaults.includes(value);

export function applyLabels(
  metadatas: Readonly<Record<string, FieldMetadata>>,
  labels: Readonly<Record<string, FieldLabel>>,
  previous: Readonly<Applied> = {},
): LabelsApplied {
  const out: Record<string, FieldMetadata> = {};
  const applied: Applied = {};
  let changed = false;
  for (const [field, metadata] of Object.entries(metadatas)) {
    const label = labels[field];
    if (!label) {
      out[field] = metadata;
      continue;
    }
    const before = previous[field];
    const edit = { ...metadata.edit };
    const list = { ...metadata.list };
    if (untouched(edit.label, [field, before?.label]) && edit.label !== label.ru) {
      edit.label = label.ru;
      changed = true;
    }
    if (untouched(list.label, [field, before?.label]) && list.label !== label.ru) {
      list.label = label.ru;
      changed = true;
    }
    if (untouched(edit.description, [before?.hint]) && edit.description !== label.hint) {
      edit.description = label.hint;
      changed = true;
    }
    out[field] = { ...metadata, edit, list };
    applied[field] = { label: label.ru, hint: label.hint };
  }
  return { metadatas: out, applied, changed };
}
