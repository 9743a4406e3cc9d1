/**
 * The access log of personal data (152-FZ): the table is made by a migration, entries are recorded
 * and read back newest first, page by page and filtered; malformed entries are refused; the service
 * offers no way to change or delete an entry.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { platform, type AccessLogEntry } from '../kit';

describe('access log', () => {
  let app: TestApp;
  const organizer = { id: 7, email: 'organizer@uni.test' };
  const manager = { id: 8, email: 'manager@uni.test' };
  const base = Date.UTC(2027, 0, 10, 9, 0, 0);

  beforeAll(async () => {
    app = await bootStrapi();
    const log = platform(app.strapi).accessLog;
    const entries: AccessLogEntry[] = [
      { actor: organizer, action: 'list', eventDocumentId: 'evt000000000000000000001', ip: '10.0.0.1', userAgent: 'Firefox', detail: { filters: { status: 'registered' } } },
      { actor: organizer, action: 'card', eventDocumentId: 'evt000000000000000000001', subjectUserId: 42, ip: '10.0.0.1' },
      { actor: manager, action: 'file', eventDocumentId: 'evt000000000000000000002', subjectUserId: 42, ip: '10.0.0.2', detail: 'cv.pdf' },
      { actor: manager, action: 'export', eventDocumentId: 'evt000000000000000000002', ip: '10.0.0.2', userAgent: 'x'.repeat(2_000) },
      { actor: organizer, action: 'surveys.answers', subjectUserId: 43, ip: '10.0.0.1' },
    ];
    for (const [index, entry] of entries.entries()) await log.record(entry, { now: new Date(base + index * 60_000) });
  });
  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('keeps its table by a migration', async () => {
    const knex = app.strapi.db.connection as unknown as Knex;
    expect(await knex.schema.hasTable('platform_access_log')).toBe(true);
    const migrations = (await knex('strapi_migrations').select('name')) as Array<{ name: string }>;
    expect(migrations.map((row) => row.name)).toContain('2026.12.05T16.10.00.platform-access-log.js');
  });

  it('lists entries newest first, with who, what, whose, when and from where', async () => {
    const page = await platform(app.strapi).accessLog.list();
    expect(page.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 5 });
    expect(page.results.map((r) => r.action)).toEqual(['surveys.answers', 'export', 'file', 'card', 'list']);
    expect(page.results[4]).toEqual({
      id: expect.any(Number),
      at: new Date(base).toISOString(),
      actor: organizer,
      action: 'list',
      eventDocumentId: 'evt000000000000000000001',
      subjectUserId: null,
      detail: { filters: { status: 'registered' } },
      ip: '10.0.0.1',
      userAgent: 'Firefox',
    });
    expect(page.results[2]).toMatchObject({ action: 'file', subjectUserId: 42, detail: 'cv.pdf', userAgent: null });
    expect(page.results[1]?.userAgent).toHaveLength(512);
  });

  it('pages and filters', async () => {
    const log = platform(app.strapi).accessLog;
    const second = await log.list({ page: 2, pageSize: 2 });
    expect(second.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
    expect(second.results.map((r) => r.action)).toEqual(['file', 'card']);
    expect((await log.list({ filters: { actorId: manager.id } })).results.map((r) => r.action)).toEqual(['export', 'file']);
    expect((await log.list({ filters: { subjectUserId: 42 } })).results.map((r) => r.action)).toEqual(['file', 'card']);
    expect((await log.list({ filters: { eventDocumentId: 'evt000000000000000000001', action: 'card' } })).pagination.total).toBe(1);
    const window = await log.list({ filters: { from: new Date(base + 60_000), to: new Date(base + 3 * 60_000) } });
    expect(window.results.map((r) => r.action)).toEqual(['file', 'card']);
    await expect(log.list({ pageSize: 1_000 })).rejects.toThrow();
  });

  it('refuses a malformed entry, naming the field, and writes nothing', async () => {
    const log = platform(app.strapi).accessLog;
    await expect(log.record({ actor: { id: 0, email: '' }, action: 'list', ip: '10.0.0.1' })).rejects.toThrow(/actor\.id.*actor\.email|actor\.email.*actor\.id/);
    await expect(log.record({ actor: organizer, action: 'List everything!', ip: '10.0.0.1' })).rejects.toThrow(/action/);
    await expect(log.record({ actor: organizer, action: 'list', ip: '' })).rejects.toThrow(/ip/);
    expect((await log.list()).pagination.total).toBe(5);
  });

  it('is append-only: no method changes or deletes an entry', () => {
    expect(Object.keys(platform(app.strapi).accessLog).sort()).toEqual(['list', 'record']);
  });
});
