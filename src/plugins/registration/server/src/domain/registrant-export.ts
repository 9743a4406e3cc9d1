/**
 * What a CSV export of a registrant list holds: the list's columns in the list's order, headed in the
 * organizer's language (a question by its label as the organizer worded it), each row's cells as a
 * spreadsheet should show them (statuses and sources in words, lists joined, yes/no, times as ISO 8601
 * in UTC as the list gives them, formula starts neutralized). An erased person's row says «Удалённый
 * пользователь» in the email column and carries no personal data. Pure.
 */
import { FIXED_COLUMNS, REGISTRANT_SOURCES, type FixedColumn, type RegistrantRow } from '../../../../../../cms/src/registrants';
import { REGISTRATION_STATUSES } from '../../../../../../cms/src/registration';
import { isProfileKey, PROFILE_STATUSES } from '../../../../../../cms/src/registration-form';
import { translate } from '../i18n/messages';
import { cellText, neutralizeCell } from './csv';
import type { Locale } from './locale';
import type { ColumnSpec } from './registrant-query';

export interface ExportColumn {
  /** The column's key as in the list's query (`status`, `profile.city`, `answers.track`). */
  key: string;
  label: string;
  cell(row: RegistrantRow): string;
}

interface YesNo {
  yes: string;
  no: string;
}

const isProfileStatus = (value: unknown): value is (typeof PROFILE_STATUSES)[number] =>
  typeof value === 'string' && (PROFILE_STATUSES as readonly string[]).includes(value);

const isFixed = (field: string): field is FixedColumn => (FIXED_COLUMNS as readonly string[]).includes(field);

function fixedCell(field: FixedColumn, locale: Locale, words: YesNo): (row: RegistrantRow) => string {
  switch (field) {
    case 'status': {
      const words = Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, translate(locale, `export.status.${status}`)]));
      return (row) => words[row.status] ?? row.status;
    }
    case 'source': {
      const words = Object.fromEntries(REGISTRANT_SOURCES.map((source) => [source, translate(locale, `export.source.${source}`)]));
      return (row) => {
        const word = words[row.source] ?? row.source;
        return row.sourceDetail ? `${word} (${row.sourceDetail})` : word;
      };
    }
    case 'email': {
      const erased = translate(locale, 'export.erased');
      return (row) => (row.erased ? erased : cellText(row.email, words));
    }
    case 'firstName':
    case 'lastName':
      return (row) => cellText(row[field], words);
    case 'registeredAt':
      return (row) => row.registeredAt;
    case 'attendedAt':
      return (row) => row.attendedAt ?? '';
  }
}

/**
 * The export's columns for an event's list columns: `questionLabels` by answer key (the organizer's
 * words; the key when a question has no label).
 */
export function exportColumns(columns: readonly ColumnSpec[], questionLabels: Readonly<Record<string, string>>, locale: Locale): ExportColumn[] {
  const words: YesNo = {
    yes: translate(locale, 'export.yes'),
    no: translate(locale, 'export.no'),
  };
  return columns.map((column): ExportColumn => {
    if (column.place === 'fixed' && isFixed(column.field)) {
      return {
        key: column.key,
        label: translate(locale, `export.column.${column.field}`),
        cell: fixedCell(column.field, locale, words),
      };
    }
    if (column.place === 'profile') {
      const field = column.field;
      return {
        key: column.key,
        label: isProfileKey(field) ? translate(locale, `profile.${field}`) : field,
        cell: (row) => {
          const value = row.profile[field];
          return field === 'status' && isProfileStatus(value) ? translate(locale, `status.${value}`) : cellText(value, words);
        },
      };
    }
    const field = column.field;
    return {
      key: column.key,
      label: neutralizeCell(questionLabels[field] ?? field),
      cell: (row) => cellText(row.answers[field], words),
    };
  });
}

/** A row as the export's record: cell text by column key. */
export function exportRecord(columns: readonly ExportColumn[], row: RegistrantRow): Record<string, string> {
  const record: Record<string, string> = {};
  for (const column of columns) record[column.key] = column.cell(row);
  return record;
}
