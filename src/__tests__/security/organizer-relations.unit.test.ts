/** Finding 6 (pure): who may change a shared item, from what uses it and the actor's level on each event. */
import { describe, expect, it } from 'vitest';
import { decideSharedChange, relationsNotToClone, sharedRefusal } from '../../plugins/event-builder/server/src/domain/shared-items';

const usage = (events: string[], beyondEvents = false) => ({ events, beyondEvents });

describe('a change to a shared item', () => {
  it('is allowed to organizers of every event that uses it', () => {
    expect(decideSharedChange({ allAccess: false, usage: usage(['a', 'b']), levels: { a: 'manager', b: 'admin' }, required: 'manager' })).toEqual({ ok: true });
  });

  it('is refused when one event using it is not the actor’s: linking grants nothing', () => {
    expect(decideSharedChange({ allAccess: false, usage: usage(['mine', 'theirs']), levels: { mine: 'admin' }, required: 'manager' })).toEqual({
      ok: false,
      othersCount: 1,
      beyondEvents: false,
    });
  });

  it('needs the required level on each event (speakers: administrators)', () => {
    expect(decideSharedChange({ allAccess: false, usage: usage(['a']), levels: { a: 'manager' }, required: 'admin' }).ok).toBe(false);
    expect(decideSharedChange({ allAccess: false, usage: usage(['a']), levels: { a: 'admin' }, required: 'admin' }).ok).toBe(true);
  });

  it('is refused for anything used outside events (the space’s), unless by a client administrator', () => {
    expect(decideSharedChange({ allAccess: false, usage: usage([], true), levels: {}, required: 'manager' })).toEqual({ ok: false, othersCount: 0, beyondEvents: true });
    expect(decideSharedChange({ allAccess: true, usage: usage(['x'], true), levels: {}, required: 'admin' })).toEqual({ ok: true });
  });

  it('is left to the roles for an item nothing uses', () => {
    expect(decideSharedChange({ allAccess: false, usage: usage([]), levels: {}, required: 'manager' })).toEqual({ ok: true });
  });

  it('is refused with a message that names no other event', () => {
    const message = sharedRefusal('partner', { ok: false, othersCount: 2, beyondEvents: false }, 'manager');
    expect(message).toMatch(/^Нет доступа: этот партнёр используется и в событиях, которые вы не ведёте \(2\)/);
    expect(message).toContain('администратор клиента');
  });
});

describe('a clone', () => {
  it('copies no relation whose targets belong to one entry, unless the request sets it', () => {
    const attributes = {
      title: { type: 'string' },
      sessions: { type: 'relation', relation: 'oneToMany' },
      news: { type: 'relation', relation: 'oneToMany' },
      cover: { type: 'relation', relation: 'oneToOne' },
      partners: { type: 'relation', relation: 'manyToMany' },
      organization: { type: 'relation', relation: 'manyToOne' },
    };
    expect(relationsNotToClone(attributes, { title: 'x', news: { set: [] } })).toEqual(['sessions', 'cover']);
  });
});
