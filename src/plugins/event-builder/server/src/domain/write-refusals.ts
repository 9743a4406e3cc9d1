/**
 * What an organizer's create-or-update request to the content manager really does, and the words
 * of a refusal. Pure.
 *
 * Strapi 5 has one route for "save": `PUT /content-manager/collection-types/:model/:id?locale=xx`
 * updates the version in that locale or, when the document has none yet, creates that locale (a
 * translation), which needs the create permission. Creating a brand new document goes through
 * `POST` (create, clone, auto-clone, or publish without an id).
 */
import { EVENT_UID } from '../constants';
import { EVENT_SETTINGS_FIELDS, EVENT_SETTINGS_LABELS, type EventSettingsField } from './roles';

/**
 * - 'new-document': a document that does not exist yet;
 * - 'new-locale': a translation of a document that exists in other locales;
 * - 'existing': the version in that locale exists and is changed;
 * - 'missing': the document named does not exist (Strapi answers 404).
 */
export type WriteKind = 'new-document' | 'new-locale' | 'existing' | 'missing';

export function writeKindOf(request: { documentId: string | null; versionExists: boolean; otherLocales: number }): WriteKind {
  if (request.documentId === null) return 'new-document';
  if (request.versionExists) return 'existing';
  return request.otherLocales > 0 ? 'new-locale' : 'missing';
}

/**
 * Whether a translation may be added: the user may create in that locale and may edit the
 * document, both judged on the document itself (its event, its organizers), which Strapi does not
 * do for creates.
 */
export const mayAddLocale = (checks: { createOnDocument: boolean; updateOnDocument: boolean }) => checks.createOnDocument && checks.updateOnDocument;

const isSettingsField = (path: string): path is EventSettingsField => (EVENT_SETTINGS_FIELDS as readonly string[]).includes(path.split('.')[0] ?? path);

const named = (model: string) => (path: string) => {
  const top = path.split('.')[0] ?? path;
  return model === EVENT_UID && isSettingsField(top) ? `${path} (${EVENT_SETTINGS_LABELS[top]})` : path;
};

/** The refusal of a write that would change fields the user may not change. */
export function fieldRefusal(model: string, paths: readonly string[]): string {
  const unique = [...new Set(paths)];
  const several = unique.length > 1;
  const list = unique.map(named(model)).join(', ');
  if (model === EVENT_UID && unique.every(isSettingsField)) {
    return several
      ? `Менеджер события не может менять поля ${list}: это настройки события, их меняет администратор события`
      : `Менеджер события не может менять поле ${list}: это настройка события, её меняет администратор события`;
  }
  return several ? `Недостаточно прав, чтобы изменить поля ${list}` : `Недостаточно прав, чтобы изменить поле ${list}`;
}

/** The refusal of a create the user's conditions do not allow. */
export function createRefusal(model: string, kind: 'new-document' | 'new-locale'): string {
  if (kind === 'new-locale') {
    return model === EVENT_UID ? 'Перевод можно добавить только к событию, которое вы ведёте' : 'Перевод можно добавить только к записи события, которое вы ведёте';
  }
  return model === EVENT_UID
    ? 'Менеджер события не создаёт новые события, это делает администратор события. Перевод события добавляется в его карточке: выберите язык'
    : 'Недостаточно прав, чтобы создать эту запись';
}
