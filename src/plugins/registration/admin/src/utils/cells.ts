/** What a cell of the list shows, as text (the table and screen readers read the same). Pure but for the words passed in. */
import type { RegistrantColumn, RegistrantRow } from '../../../../../../cms/src/registrants';
import { formatInstant } from './format';
import type { Translate } from './translations';

type Value = string | number | boolean | string[] | null | undefined;

/** The column's heading: a fixed column in the admin's words, a profile field or question as the server words it. */
export const columnLabel = (column: RegistrantColumn, t: Translate) => column.label ?? t(`column.${column.key}`);

/** A choice's label: the fixed columns' values (status, source) in the admin's words. */
export function optionLabel(column: RegistrantColumn, value: string, t: Translate): string {
  const option = column.options.find((candidate) => candidate.value === value);
  if (option?.label) return option.label;
  if (column.place === 'fixed') return t(`${column.key}.${value}`);
  return value;
}

export function rawValue(row: RegistrantRow, column: RegistrantColumn): Value {
  if (column.place === 'profile') return row.profile[column.key.slice('profile.'.length)];
  if (column.place === 'answers') return row.answers[column.key.slice('answers.'.length)];
  switch (column.key) {
    case 'status':
      return row.status;
    case 'email':
      return row.email;
    case 'firstName':
      return row.firstName;
    case 'lastName':
      return row.lastName;
    case 'source':
      return row.source;
    case 'registeredAt':
      return row.registeredAt;
    case 'attendedAt':
      return row.attendedAt;
    default:
      return null;
  }
}

export function cellText(row: RegistrantRow, column: RegistrantColumn, t: Translate, locale: string): string {
  if (row.erased && column.key === 'email') return t('row.erased');
  const value = rawValue(row, column);
  if (value === null || value === undefined || value === '') return '';
  if (column.key === 'source') {
    const label = optionLabel(column, String(value), t);
    return row.sourceDetail ? `${label}: ${row.sourceDetail}` : label;
  }
  if (Array.isArray(value)) return value.map((item) => (column.kind === 'file' ? item : optionLabel(column, item, t))).join(', ');
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (column.kind === 'instant') return formatInstant(String(value), locale);
  if (column.kind === 'choice') return optionLabel(column, String(value), t);
  if (column.kind === 'file') return t('value.file');
  return String(value);
}
