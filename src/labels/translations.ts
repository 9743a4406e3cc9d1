/**
 * The admin's translations built from the label catalog (pure: the admin bundle imports it).
 *
 * - Field labels in both languages: the content manager's edit and list views ask for
 *   `content-manager.content-types.<uid>.<field>` (types) and `content-manager.components.<uid>.<field>`
 *   (components) and fall back to the label of its configuration only when no language has the id.
 *   The admin fills every language's missing ids from English, so a Russian admin without Russian
 *   ids would show the English labels: both languages carry them. The configuration holds the
 *   Russian labels as well (the "Configure the view" page and any view without a translation).
 * - Type names: the menu and the component picker translate a type by its display name (the
 *   catalog's English name), so the Russian admin shows the Russian name.
 */
import { fieldLabels, LABELS } from './catalog';

export type Messages = Record<string, string>;

export const isComponentUid = (uid: string) => !uid.includes('::');

/** The translation id of a field's label in the content manager. */
export const fieldLabelId = (uid: string, field: string) => `content-manager.${isComponentUid(uid) ? 'components' : 'content-types'}.${uid}.${field}`;

export function adminTranslations(): { ru: Messages; en: Messages } {
  const ru: Messages = {};
  const en: Messages = {};
  for (const [uid, entry] of Object.entries(LABELS)) {
    ru[entry.name.en] = entry.name.ru;
    en[entry.name.en] = entry.name.en;
    for (const [field, label] of Object.entries(fieldLabels(uid))) {
      ru[fieldLabelId(uid, field)] = label.ru;
      en[fieldLabelId(uid, field)] = label.en;
    }
  }
  return { ru, en };
}
