/**
 * A new event starts with the usual page sections, the space's organization and its default template,
 * whether it is created by code (document service) or in the admin's content manager.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { ROLE_CODES } from '../domain/roles';

const EVENT_UID = 'api::event.event';
const base = { startsAt: '2027-02-01T07:00:00.000Z', endsAt: '2027-02-01T15:00:00.000Z', timezone: 'Europe/Moscow', privacy: 'public', format: 'offline' } as const;

interface StoredEvent {
  template: string | null;
  organization: { documentId: string } | null;
  blocks: Array<{ __component: string; heading: string }>;
}

describe('defaults of a new event', () => {
  let app: TestApp;
  let space: string;
  let other: string;
  let token: string;

  const read = async (documentId: string, locale = 'ru') =>
    (await app.strapi.documents(EVENT_UID).findOne({ documentId, locale, status: 'draft', populate: { organization: { fields: ['documentId'] }, blocks: true } })) as unknown as StoredEvent;

  beforeAll(async () => {
    app = await bootStrapi();
    const organizations = app.strapi.documents('api::organization.organization');
    space = (await organizations.create({ data: { name: 'Университет', slug: 'uni', defaultTemplate: 'bold' } })).documentId;
    other = (await organizations.create({ data: { name: 'Партнёрский институт', slug: 'partner', defaultTemplate: 'minimal' } })).documentId;
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: ROLE_CODES.clientAdmin } })) as { id: number };
    const users = app.strapi.service('admin::user') as unknown as { create(data: Record<string, unknown>): Promise<unknown> };
    await users.create({ email: 'root@admin.test', firstname: 'Root', lastname: 'Admin', password: 'Test-pass-2026', isActive: true, registrationToken: null, roles: [role.id] });
    token = (await request(app.server).post('/admin/login').send({ email: 'root@admin.test', password: 'Test-pass-2026' }).expect(200)).body.data.token;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it("gives an event created without blocks the usual sections, the space's organization and its template", async () => {
    const { documentId } = await app.strapi.documents(EVENT_UID).create({ data: { ...base, title: 'Пустое событие', slug: 'empty' } });
    const event = await read(documentId);
    expect(event.blocks.map((block) => block.__component)).toEqual([
      'blocks.description',
      'blocks.program',
      'blocks.speakers',
      'blocks.partners',
      'blocks.news',
      'blocks.documents',
    ]);
    expect(event.blocks[1]?.heading).toBe('Программа');
    expect(event.organization?.documentId).toBe(space);
    expect(event.template).toBe('bold');
  });

  it('keeps the blocks, organization and template the creator chose; a chosen organization gives its own template', async () => {
    const { documentId } = await app.strapi.documents(EVENT_UID).create({
      data: { ...base, title: 'Своё событие', slug: 'own', template: 'classic', organization: other, blocks: [{ __component: 'blocks.video', heading: 'Запись' }] } as never,
    });
    const event = await read(documentId);
    expect(event.blocks.map((block) => block.__component)).toEqual(['blocks.video']);
    expect(event.organization?.documentId).toBe(other);
    expect(event.template).toBe('classic');
    const partnerEvent = await app.strapi.documents(EVENT_UID).create({ data: { ...base, title: 'Событие партнёра', slug: 'partner-event', organization: other } as never });
    expect((await read(partnerEvent.documentId)).template).toBe('minimal');
  });

  it('heads the sections in English for an event created in English', async () => {
    const { documentId } = await app.strapi.documents(EVENT_UID).create({ locale: 'en', data: { ...base, title: 'Open day', slug: 'open-day' } });
    expect((await read(documentId, 'en')).blocks[0]?.heading).toBe('About');
  });

  it('applies to an event created in the content manager with an empty page', async () => {
    const response = await request(app.server)
      .post('/content-manager/collection-types/api::event.event')
      .set('authorization', `Bearer ${token}`)
      .send({ ...base, title: 'Из админки', slug: 'from-admin', blocks: [], organization: { connect: [], disconnect: [] } })
      .expect(201);
    const event = await read(response.body.data.documentId);
    expect(event.blocks).toHaveLength(6);
    expect(event.organization?.documentId).toBe(space);
  });
});
