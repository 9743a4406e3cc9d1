import { describe, expect, it } from 'vitest';
import { createRefusal, fieldRefusal, mayAddLocale, writeKindOf } from '../domain/write-refusals';

const EVENT = 'api::event.event';
const SESSION = 'api::session.session';

describe('what a save does', () => {
  it('tells a new document, a new translation, an edit and a missing document apart', () => {
    expect(writeKindOf({ documentId: null, versionExists: false, otherLocales: 0 })).toBe('new-document');
    expect(writeKindOf({ documentId: 'ev1', versionExists: false, otherLocales: 1 })).toBe('new-locale');
    expect(writeKindOf({ documentId: 'ev1', versionExists: true, otherLocales: 0 })).toBe('existing');
    expect(writeKindOf({ documentId: 'ev1', versionExists: false, otherLocales: 0 })).toBe('missing');
  });

  it('adds a translation only for a user who may create it and edit the document', () => {
    expect(mayAddLocale({ createOnDocument: true, updateOnDocument: true })).toBe(true);
    // a session's create permission holds for any session: editing decides
    expect(mayAddLocale({ createOnDocument: true, updateOnDocument: false })).toBe(false);
    expect(mayAddLocale({ createOnDocument: false, updateOnDocument: true })).toBe(false);
  });
});

describe('refusals', () => {
  it('tell a manager which setting of the event it may not change', () => {
    expect(fieldRefusal(EVENT, ['privacy'])).toBe(
      'Менеджер события не может менять поле privacy (приватность): это настройка события, её меняет администратор события',
    );
    expect(fieldRefusal(EVENT, ['capacity', 'registrationForm.label', 'capacity'])).toBe(
      'Менеджер события не может менять поля capacity (вместимость), registrationForm.label (форма регистрации): это настройки события, их меняет администратор события',
    );
  });

  it('name other fields plainly', () => {
    expect(fieldRefusal(SESSION, ['privacy'])).toBe('Недостаточно прав, чтобы изменить поле privacy');
    expect(fieldRefusal(EVENT, ['privacy', 'title'])).toBe('Недостаточно прав, чтобы изменить поля privacy (приватность), title');
  });

  it('explain refused creates', () => {
    expect(createRefusal(EVENT, 'new-document')).toMatch(/^Менеджер события не создаёт новые события/);
    expect(createRefusal(EVENT, 'new-locale')).toBe('Перевод можно добавить только к событию, которое вы ведёте');
    expect(createRefusal(SESSION, 'new-locale')).toBe('Перевод можно добавить только к записи события, которое вы ведёте');
    expect(createRefusal(SESSION, 'new-document')).toBe('Недостаточно прав, чтобы создать эту запись');
  });
});
