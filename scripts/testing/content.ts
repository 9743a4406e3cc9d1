/** Events and sessions of the content model for API tests, written through the document service. */
import type { TestApp } from './strapi';

/** A one-day offline event in Moscow on 1 December 2026, unless the fields say otherwise. */
export const TEST_EVENT = { startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T15:00:00.000Z', timezone: 'Europe/Moscow', format: 'offline' } as const;

/** Creates an event «Событие <slug>» (public, published unless `publish` is false); returns its documentId. */
export async function createTestEvent(app: TestApp, slug: string, fields: Record<string, unknown> = {}, publish = true): Promise<string> {
  const created = await app.strapi.documents('api::event.event').create({
    data: { ...TEST_EVENT, title: `Событие ${slug}`, slug, privacy: 'public', ...fields } as never,
    ...(publish ? { status: 'published' as const } : {}),
  });
  return created.documentId;
}

/** Creates a session of `fields.event` (published unless `publish` is false); returns its documentId. */
export async function createTestSession(
  app: TestApp,
  fields: { title: string; event: string; startsAt?: string; endsAt?: string } & Record<string, unknown>,
  publish = true,
): Promise<string> {
  const created = await app.strapi.documents('api::session.session').create({
    data: { startsAt: TEST_EVENT.startsAt, endsAt: TEST_EVENT.endsAt, ...fields } as never,
    ...(publish ? { status: 'published' as const } : {}),
  });
  return created.documentId;
}
