/**
 * The admin's translations built from the label catalog (pure: the admin bundle imports it).
 *
 * - English field labels: the content manager asks for `content-manager.content-types.<uid>.<field>`
 *   (types) and `content-manager.components.<uid>.<field>` (components) and falls back to the label
 *   of its configuration, which holds the Russian one. Russian field labels are therefore not
 *   translations: they stay in the configuration, where an administrator may edit them.
 * - Type names: the menu and the component picker translate a type by its display name (the
 *   catalog's English name), so the Russian admin shows the Russian name.
 */
import { LABELS } from './catalog';

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
    for (const [field, label] of Object.entries(entry.fields)) en[fieldLabelId(uid, field)] = label.en;
  }
  return { ru, en };
}
