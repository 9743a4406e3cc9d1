import { describe, expect, it } from 'vitest';
import {
  applyRelationOps,
  comparableTypeOf,
  loosensSessionPrivacy,
  relationChanged,
  relationOps,
  touchedRefs,
  valueChanged,
  withMember,
} from '../domain/organizer-writes';

describe('relation values', () => {
  it('reads every shape the document service accepts', () => {
    expect(relationOps(5)).toEqual({ connect: [], disconnect: [], set: [{ id: 5 }] });
    expect(relationOps('doc1')).toEqual({ connect: [], disconnect: [], set: [{ documentId: 'doc1' }] });
    expect(relationOps([{ documentId: 'a', locale: 'ru' }, 3])).toEqual({ connect: [], disconnect: [], set: [{ documentId: 'a' }, { id: 3 }] });
    expect(relationOps(null)).toEqual({ connect: [], disconnect: [], set: [] });
    expect(relationOps({ connect: [{ id: 1, documentId: 'a', position: { end: true } }], disconnect: [] })).toEqual({
      connect: [{ id: 1, documentId: 'a' }],
      disconnect: [],
      set: null,
    });
    expect(relationOps({ set: 'b' })).toEqual({ connect: [], disconnect: [], set: [{ documentId: 'b' }] });
  });

  it('refuses shapes it cannot read', () => {
    expect(relationOps({ weird: true })).toBeNull();
    expect(relationOps({ connect: [{ name: 'x' }] })).toBeNull();
    expect(relationOps(true)).toBeNull();
  });

  it('tells a change from what the admin panel sends for an untouched relation', () => {
    const current = [{ id: 1, documentId: 'a' }];
    expect(relationChanged({ connect: [], disconnect: [] }, current)).toBe(false);
    expect(relationChanged({ connect: [{ id: 1, documentId: 'a', position: { end: true } }] }, current)).toBe(false);
    expect(relationChanged({ connect: [{ documentId: 'b' }] }, current)).toBe(true);
    expect(relationChanged({ disconnect: [{ id: 1 }] }, current)).toBe(true);
    expect(relationChanged(['a'], current)).toBe(false);
    expect(relationChanged([], current)).toBe(true);
    expect(relationChanged(undefined, current)).toBe(false);
    expect(relationChanged({ odd: 1 }, current)).toBe(true);
  });

  it('lists what a write touches, including what a replacement drops', () => {
    expect(touchedRefs({ connect: ['b'], disconnect: [{ id: 1 }] })).toEqual([{ documentId: 'b' }, { id: 1 }]);
    expect(touchedRefs(['b'], [{ id: 1, documentId: 'a' }, { id: 2, documentId: 'b' }])).toEqual([{ documentId: 'b' }, { id: 1, documentId: 'a' }]);
    expect(touchedRefs({ nope: 1 })).toBeNull();
  });

  it('applies operations to a list of ids', () => {
    expect(applyRelationOps([1, 2], { connect: [3, 2], disconnect: [1], set: null })).toEqual([2, 3]);
    expect(applyRelationOps([1, 2], { connect: [4], disconnect: [], set: [5] })).toEqual([5, 4]);
  });

  it('adds the creator in the shape the caller used, and never lets the same write drop them', () => {
    expect(withMember(undefined, { id: 7 })).toEqual({ connect: [{ id: 7 }] });
    expect(withMember([3], { id: 7 })).toEqual([3, 7]);
    expect(withMember([7], { id: 7 })).toEqual([7]);
    expect(withMember({ connect: [{ documentId: 'u3' }], disconnect: [{ id: 7 }] }, { id: 7 })).toEqual({
      connect: [{ documentId: 'u3' }, { id: 7 }],
      disconnect: [],
    });
    expect(withMember({ connect: [{ documentId: 'me' }] }, { id: 7, documentId: 'me' })).toEqual({ connect: [{ documentId: 'me' }] });
    expect(withMember({ set: [1] }, { id: 7 })).toEqual({ set: [1, { id: 7 }] });
  });
});

describe('field changes', () => {
  it('maps attribute types to what can be compared', () => {
    expect(comparableTypeOf('enumeration')).toBe('scalar');
    expect(comparableTypeOf('datetime')).toBe('datetime');
    expect(comparableTypeOf('component')).toBeNull();
    expect(comparableTypeOf('media')).toBeNull();
  });

  it('ignores what the admin panel sends back unchanged', () => {
    expect(valueChanged('scalar', 'public', 'public')).toBe(false);
    expect(valueChanged('scalar', '', null)).toBe(false);
    expect(valueChanged('number', '100', 100)).toBe(false);
    expect(valueChanged('boolean', false, false)).toBe(false);
    expect(valueChanged('datetime', '2026-12-01T07:00:00.000Z', new Date('2026-12-01T07:00:00Z'))).toBe(false);
    expect(valueChanged('json', [{ a: 1 }], [{ a: 1 }])).toBe(false);
    expect(valueChanged('scalar', undefined, 'x')).toBe(false);
  });

  it('sees real changes', () => {
    expect(valueChanged('scalar', 'closed', 'public')).toBe(true);
    expect(valueChanged('scalar', null, 'a@b.test')).toBe(true);
    expect(valueChanged('number', 10, 100)).toBe(true);
    expect(valueChanged('boolean', true, false)).toBe(true);
    expect(valueChanged('datetime', '2026-12-02T07:00:00.000Z', '2026-12-01T07:00:00.000Z')).toBe(true);
    expect(valueChanged('relation', { connect: [{ id: 9 }] }, [{ id: 1, documentId: 'a' }])).toBe(true);
  });
});

describe('session privacy for managers', () => {
  it('allows making a session stricter or keeping its effect', () => {
    expect(loosensSessionPrivacy('public', 'inherit', 'invite')).toBe(false);
    expect(loosensSessionPrivacy('public', 'invite', 'closed')).toBe(false);
    // under an invite-only event, public and inherit show the session to the same people
    expect(loosensSessionPrivacy('invite', 'inherit', 'public')).toBe(false);
  });

  it('refuses opening a session to more people', () => {
    expect(loosensSessionPrivacy('public', 'invite', 'public')).toBe(true);
    expect(loosensSessionPrivacy('public', 'closed', 'inherit')).toBe(true);
    expect(loosensSessionPrivacy('link', 'closed', 'invite')).toBe(true);
    expect(loosensSessionPrivacy('public', 'invite', 'everyone')).toBe(true);
  });
});
