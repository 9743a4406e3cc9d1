/**
 * The access matrix of the organizer roles through the admin API (content manager), as the admin
 * panel calls it: for each role, on an event it organizes and on one it does not, read, update,
 * delete, publish and change privacy, of the event and of a session of it. Exactly the allowed cells
 * succeed; the others answer 403/404 and change nothing in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { account, adminApi, EVENT, makeEvent, makeSession, SESSION, versions, type Account } from './rbac-fixtures';

type Role = 'clientAdmin' | 'eventAdmin' | 'manager';
type Ownership = 'own' | 'other';
type Op = 'read' | 'update' | 'delete' | 'publish' | 'privacy';
type Kind = 'event' | 'session';

const OPS: Op[] = ['read', 'update', 'delete', 'publish', 'privacy'];
const ALL = OPS;
const NONE: Op[] = [];

/** The matrix itself: what succeeds. */
const ALLOWED: Record<Kind, Record<Role, Record<Ownership, Op[]>>> = {
  event: {
    clientAdmin: { own: ALL, other: ALL },
    eventAdmin: { own: ALL, other: NONE },
    manager: { own: ['read', 'update'], other: NONE },
  },
  session: {
    clientAdmin: { own: ALL, other: ALL },
    eventAdmin: { own: ALL, other: NONE },
    // a manager may make a session stricter, not more open (the privacy cell opens it)
    manager: { own: ['read', 'update', 'delete', 'publish'], other: NONE },
  },
};

const cells = (['event', 'session'] as Kind[]).flatMap((kind) =>
  (['clientAdmin', 'eventAdmin', 'manager'] as Role[]).flatMap((role) =>
    (['own', 'other'] as Ownership[]).flatMap((ownership) => OPS.map((op) => ({ kind, role, ownership, op, allowed: ALLOWED[kind][role][ownership].includes(op) }))),
  ),
);

describe('organizer roles: access matrix through the content manager', () => {
  let app: TestApp;
  const who = {} as Record<Role | 'rivalAdmin' | 'rivalManager', Account>;

  beforeAll(async () => {
    app = await bootStrapi();
    who.clientAdmin = await account(app, 'client', ['clientAdmin']);
    who.eventAdmin = await account(app, 'event-admin', ['eventAdmin']);
    who.manager = await account(app, 'manager', ['manager']);
    who.rivalAdmin = await account(app, 'rival-admin', ['eventAdmin']);
    who.rivalManager = await account(app, 'rival-manager', ['manager']);
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  /** A fresh event (and session) for one cell, organized by `role` when `own`, by rivals otherwise. */
  async function fixture(kind: Kind, role: Role, ownership: Ownership, op: Op) {
    const mine = ownership === 'own';
    const lists =
      role === 'manager'
        ? { admins: [who.rivalAdmin.id], managers: mine ? [who.manager.id] : [who.rivalManager.id] }
        : { admins: mine ? [who[role].id] : [who.rivalAdmin.id], managers: [who.rivalManager.id] };
    // what gets published in the cell starts as a draft only
    const event = await makeEvent(app, { ...lists, published: !(kind === 'event' && op === 'publish'), privacy: 'public' });
    if (kind === 'event') return { uid: EVENT, documentId: event };
    const session = await makeSession(app, event, { published: op !== 'publish', privacy: 'invite' });
    return { uid: SESSION, documentId: session };
  }

  it.each(cells)('$kind · $role · $ownership event · $op → $allowed', async ({ kind, role, ownership, op, allowed }) => {
    const { uid, documentId } = await fixture(kind, role, ownership, op);
    const api = adminApi(app, who[role]);
    const path = `${api.cm(uid)}/${documentId}`;
    const before = await versions(app, uid, documentId, ['title', 'privacy']);

    const response = await (() => {
      switch (op) {
        case 'read':
          return api.get(`${path}?locale=ru`);
        case 'update':
          return api.put(`${path}?locale=ru`, { title: 'Изменено организатором' });
        case 'delete':
          return api.delete(`${path}?locale=ru`);
        case 'publish':
          return api.post(`${path}/actions/publish?locale=ru`, {});
        case 'privacy':
          return api.put(`${path}?locale=ru`, { privacy: kind === 'event' ? 'closed' : 'public' });
      }
    })();

    const after = await versions(app, uid, documentId, ['title', 'privacy']);
    if (!allowed) {
      expect([403, 404], JSON.stringify(response.body)).toContain(response.status);
      expect(after).toEqual(before);
      if (role === 'manager' && ownership === 'own' && op === 'privacy') {
        // a manager sees the event: the refusal is a 403 that says why, not a silently dropped field
        expect(response.status).toBe(403);
        const message = (response.body as { error?: { message?: string } }).error?.message;
        expect(message).toMatch(kind === 'event' ? /^Менеджер события не может менять поле privacy/ : /^Менеджер события может сделать сессию закрытее, но не открытее/);
      }
      return;
    }
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const draftRow = after.find((row) => row.publishedAt === null);
    switch (op) {
      case 'read':
        expect((response.body as { data: { documentId: string; title: string } }).data.documentId).toBe(documentId);
        expect(after).toEqual(before);
        break;
      case 'update':
        expect(draftRow?.title).toBe('Изменено организатором');
        break;
      case 'delete':
        expect(after).toEqual([]);
        break;
      case 'publish':
        expect(before.some((row) => row.publishedAt !== null)).toBe(false);
        expect(after.some((row) => row.publishedAt !== null)).toBe(true);
        break;
      case 'privacy':
        expect(draftRow?.privacy).toBe(kind === 'event' ? 'closed' : 'public');
        break;
    }
  });
});
