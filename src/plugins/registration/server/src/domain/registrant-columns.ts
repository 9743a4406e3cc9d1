/**
 * How the admin's list shows its columns: each column of the event's list with its label in the
 * organizer's language (the profile's fields: the platform's words; questions: the organizer's own
 * wording), the operators it filters by and its choices. The fixed columns (status, email, ...) are
 * worded by the admin's translations. Pure.
 */
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { isProfileKey, profileLabel, profileOptions, type FieldDefinition } from './form';
import type { Locale } from './locale';
import { OPERATORS_BY_KIND, type ColumnSpec } from './registrant-query';

/** What the list keeps of a question of the event's form to word its column. */
export type QuestionWording = Pick<FieldDefinition, 'key' | 'label' | 'options'>;

export function columnViews(columns: readonly ColumnSpec[], questions: readonly QuestionWording[], locale: Locale): RegistrantColumn[] {
  const wording = new Map(questions.map((question) => [question.key, question]));
  return columns.map((column) => {
    const base = { key: column.key, kind: column.kind, place: column.place, operators: [...OPERATORS_BY_KIND[column.kind]] };
    if (column.place === 'fixed') return { ...base, label: null, options: column.options.map((value) => ({ value, label: null })) };
    if (column.place === 'profile' && isProfileKey(column.field)) {
      const labels = new Map(profileOptions(column.field, locale).map((option) => [option.value, option.label]));
      return { ...base, label: profileLabel(column.field, locale), options: column.options.map((value) => ({ value, label: labels.get(value) ?? value })) };
    }
    const question = wording.get(column.field);
    const labels = new Map((question?.options ?? []).map((option) => [option.value, option.label]));
    return { ...base, label: question?.label ?? column.field, options: column.options.map((value) => ({ value, label: labels.get(value) ?? value })) };
  });
}
