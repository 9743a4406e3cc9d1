import { describe, expect, it } from 'vitest';
import {
  changedMembership,
  choosesEvent,
  eventOfNewTranslation,
  leavesItsEvent,
  membershipListsOf,
  membershipReference,
  ownEventRefusal,
  ownEventRefusalText,
  writtenDraft,
} from '../domain/write-guard';

describe('an organizer writing to an event', () => {
  it('may when the level covers the write, is told why not otherwise', () => {
    expect(ownEventRefusal('admin', 'manager')).toBeNull();
    expect(ownEventRefusal('manager', 'manager')).toBeNull();
    expect(ownEventRefusal('manager', 'admin')).toBe('admin-only');
    expect(ownEventRefusal(null, 'manager')).toBe('not-organizer');
    expect(ownEventRefusalText('admin-only', 'запись в поле «partners»')).toBe('Нет доступа: запись в поле «partners» может менять только администратор события');
    expect(ownEventRefusalText('not-organizer', 'запись в поле «event»')).toBe('Нет доступа: запись в поле «event» относится к событию, которое вы не ведёте');
  });
});

describe('event content stays inside an event', () => {
  it('is refused when created without an event', () => {
    expect(leavesItsEvent('create', undefined)).toBe(true);
    expect(leavesItsEvent('create', { connect: [], disconnect: [] })).toBe(true);
    expect(leavesItsEvent('create', { connect: [{ documentId: 'ev1' }] })).toBe(false);
    expect(leavesItsEvent('create', 'ev1')).toBe(false);
  });

  it('is refused when an update takes the event away without another', () => {
    expect(leavesItsEvent('update', null)).toBe(true);
    expect(leavesItsEvent('update', { disconnect: [{ documentId: 'ev1' }] })).toBe(true);
    expect(leavesItsEvent('update', { set: [] })).toBe(true);
    expect(leavesItsEvent('update', { connect: [{ documentId: 'ev2' }], disconnect: [{ documentId: 'ev1' }] })).toBe(false);
    expect(leavesItsEvent('update', { connect: [], disconnect: [] })).toBe(false);
  });
});

describe('a new translation of event content', () => {
  it('keeps the event the write chooses', () => {
    expect(choosesEvent(undefined)).toBe(false);
    expect(choosesEvent({ connect: [], disconnect: [] })).toBe(false);
    expect(choosesEvent({ connect: [{ documentId: 'ev1' }] })).toBe(true);
    expect(choosesEvent('ev1')).toBe(true);
  });

  it('belongs to the event of its other versions', () => {
    expect(eventOfNewTranslation([{ locale: 'ru', eventDocumentId: 'ev1' }], 'en')).toBe('ev1');
    expect(eventOfNewTranslation([{ locale: 'ru', eventDocumentId: null }, { locale: 'de', eventDocumentId: 'ev1' }], 'en')).toBe('ev1');
  });

  it('inherits nothing when it is not new or there is nothing to inherit', () => {
    expect(eventOfNewTranslation([], 'en')).toBeNull();
    expect(eventOfNewTranslation([{ locale: 'en', eventDocumentId: 'ev1' }], 'en')).toBeNull();
    expect(eventOfNewTranslation([{ locale: 'ru', eventDocumentId: null }], 'en')).toBeNull();
  });
});

describe("an event's organizers belong to the document", () => {
  const ru = { id: 1, locale: 'ru', publishedAt: null, admins: [{ id: 7 }, { id: 3 }], managers: [{ id: 5 }] };
  const ruPublished = { id: 2, locale: 'ru', publishedAt: '2026-12-01', admins: [{ id: 3 }], managers: [] };
  const en = { id: 3, locale: 'en', publishedAt: null, admins: [], managers: [] };

  it('reads the lists sorted', () => {
    expect(membershipListsOf(ru)).toEqual({ admins: [3, 7], managers: [5] });
    expect(membershipListsOf({ id: 9 })).toEqual({ admins: [], managers: [] });
  });

  it('finds the draft the write changed, in its language or any', () => {
    expect(writtenDraft([ruPublished, ru, en], 'en')).toBe(en);
    expect(writtenDraft([ruPublished, ru, en], 'ru')).toBe(ru);
    expect(writtenDraft([ruPublished, ru], 'en')).toBe(ru);
    expect(writtenDraft([ruPublished], undefined)).toBeUndefined();
  });

  it("gives a new translation the lists of the document's draft, none to a version that existed", () => {
    expect(membershipReference([ruPublished, ru], en, 'en')).toBe(ru);
    expect(membershipReference([ruPublished], en, 'en')).toBe(ruPublished);
    expect(membershipReference([ruPublished, ru, en], en, 'en')).toBeUndefined();
  });

  it('writes only the lists that differ', () => {
    expect(changedMembership({ admins: [3, 7], managers: [5] }, { admins: [7, 3], managers: [5] })).toEqual([]);
    expect(changedMembership({ admins: [3], managers: [] }, { admins: [3, 7], managers: [5] })).toEqual(['admins', 'managers']);
    expect(changedMembership({ admins: [3], managers: [5] }, { admins: [3], managers: [] })).toEqual(['managers']);
  });
});
