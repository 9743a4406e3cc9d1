/**
 * One event space with everything the public must never see, for the security suite: an event of each
 * privacy level (public, link-only, invite-only, closed with an allowlist), a draft event, a draft
 * version of a published event, a hidden session in a public event, an English version of the closed
 * event, news, tracks and ads of hidden events, a `javascript:` link stored in a visible session (put
 * straight into the table, as an old row or an import would), and the personal data of an attendee
 * (account, registration with answers, consent with IP and user agent, email code).
 *
 * `hidden` lists every title, slug and document id that no anonymous or uninvited caller may receive;
 * `linkOnly` those of the by-link event, which may be read only by its own slug or id.
 */
import type { TestApp } from '../../../scripts/testing/strapi';
import { createAttendee, type TestUser } from '../../../scripts/testing/users';

export const SITE_TOKEN = 'site-token-for-the-security-suite-0123456789';
export const UNSAFE_LINK = 'javascript:alert(document.cookie)';
/** Text of the personal records: none of it may reach the public or the site's token. */
export const PERSONAL = {
  email: 'zqx-person@uni.test',
  answer: 'ZQX-ANSWER-diet',
  ip: '203.0.113.77',
  agent: 'ZQX-Agent/1.0',
  codeEmail: 'zqx-code@uni.test',
};

export interface PrivacyFixture {
  /** Titles, slugs and document ids that must never appear (for uninvited callers). */
  hidden: string[];
  /** Those of the by-link event and its program: allowed only in answers asked by its slug or id. */
  linkOnly: string[];
  linkIds: { slug: string; documentId: string };
  /** Ids and slugs to put into route parameters (hidden things and the by-link event). */
  probes: string[];
  visible: { eventTitle: string; eventSlug: string; sessionTitle: string; sessionDocumentId: string; eventDocumentId: string };
  hiddenSessionDocumentId: string;
  /** An attendee with no invitation and no allowlist entry. */
  stranger: TestUser;
  /** The attendee whose personal data the fixture holds (invited to and allowlisted for everything). */
  person: TestUser;
}

const base = { startsAt: '2026-03-01T07:00:00.000Z', endsAt: '2026-03-02T15:00:00.000Z', timezone: 'Europe/Moscow', format: 'offline' as const };

export async function seedPrivacyFixture(app: TestApp): Promise<PrivacyFixture> {
  const { strapi } = app;
  const stranger = await createAttendee(app, 'zqx-stranger');
  const person = await createAttendee(app, 'zqx-person');
  const hidden: string[] = [];
  const linkOnly: string[] = [];

  const org = await strapi.documents('api::organization.organization').create({ data: { name: 'ZQX Университет', slug: 'zqx-org' } as never });

  const events = strapi.documents('api::event.event');
  const event = async (key: string, privacy: 'public' | 'link' | 'invite' | 'closed', publish: boolean, extra: Record<string, unknown> = {}) => {
    const title = `ZQX-${key}-event`;
    const slug = `zqx-${key}-event`;
    const created = await events.create({
      data: { ...base, title, slug, privacy, organization: org.documentId, ...extra } as never,
      ...(publish ? { status: 'published' as const } : {}),
    });
    return { title, slug, documentId: created.documentId };
  };
  const pub = await event('pub', 'public', true, { invitedUsers: [person.id], allowlist: PERSONAL.email });
  const lnk = await event('lnk', 'link', true);
  const inv = await event('inv', 'invite', true, { invitedUsers: [person.id] });
  const cls = await event('cls', 'closed', true, { allowlist: `${PERSONAL.email}\nother@uni.test` });
  const draft = await event('draft', 'public', false);
  hidden.push(...[inv, cls, draft].flatMap((e) => [e.title, e.slug, e.documentId]));
  linkOnly.push(lnk.title, lnk.slug, lnk.documentId);

  // the closed event in English
  const clsEn = 'ZQX-cls-event-english';
  await events.update({ documentId: cls.documentId, locale: 'en', data: { title: clsEn, slug: cls.slug } as never, status: 'published' });
  hidden.push(clsEn);

  const sessions = strapi.documents('api::session.session');
  const session = async (key: string, eventId: string, privacy: string, extra: Record<string, unknown> = {}) => {
    const title = `ZQX-${key}-session`;
    const created = await sessions.create({
      data: { title, startsAt: base.startsAt, endsAt: base.endsAt, event: eventId, privacy, ...extra } as never,
      status: 'published',
    });
    return { title, documentId: created.documentId };
  };
  const open = await session('pub-open', pub.documentId, 'inherit', { recordingAvailability: 'everyone' });
  const secret = await session('pub-closed', pub.documentId, 'closed');
  const invSession = await session('inv-open', inv.documentId, 'inherit');
  const clsSession = await session('cls-open', cls.documentId, 'public');
  const lnkSession = await session('lnk-open', lnk.documentId, 'inherit');
  hidden.push(...[secret, invSession, clsSession].flatMap((s) => [s.title, s.documentId]));
  linkOnly.push(lnkSession.title, lnkSession.documentId);
  // the recording ended long ago and is open to everyone: only its scheme keeps it out
  await strapi.db.connection('sessions').where({ document_id: open.documentId }).update({ recording_url: UNSAFE_LINK });

  const news = await strapi.documents('api::news-item.news-item').create({
    data: { title: 'ZQX-cls-news', slug: 'zqx-cls-news', date: base.startsAt, event: cls.documentId } as never,
    status: 'published',
  });
  const track = await strapi.documents('api::track.track').create({ data: { name: 'ZQX-inv-track', event: inv.documentId } as never });
  const ad = await strapi.documents('api::ad.ad').create({
    data: { title: 'ZQX-cls-ad', advertiserName: 'ZQX advertiser', url: 'https://ads.uni.test/zqx', event: cls.documentId } as never,
    status: 'published',
  });
  hidden.push('ZQX-cls-news', 'zqx-cls-news', news.documentId, 'ZQX-inv-track', track.documentId, 'ZQX-cls-ad', ad.documentId);
  // shared items link hidden events from visible ones
  await strapi.documents('api::speaker.speaker').create({
    data: { name: 'ZQX Speaker', slug: 'zqx-speaker', sessions: [open.documentId, secret.documentId, invSession.documentId, clsSession.documentId] } as never,
    status: 'published',
  });
  await strapi.documents('api::partner.partner').create({
    data: { name: 'ZQX Partner', url: 'https://partner.uni.test', events: [pub.documentId, inv.documentId, cls.documentId, lnk.documentId] } as never,
  });
  const tag = await strapi.documents('api::tag.tag').create({ data: { name: 'ZQX tag', slug: 'zqx-tag' } as never });
  for (const id of [pub.documentId, inv.documentId, cls.documentId]) {
    await events.update({ documentId: id, data: { tags: [tag.documentId] } as never, status: 'published' });
  }
  // a draft version of the published public event: its new title is not public yet
  const draftTitle = 'ZQX-pub-unpublished-title';
  await events.update({ documentId: pub.documentId, data: { title: draftTitle } as never });
  hidden.push(draftTitle);

  // personal data of `person`
  await strapi.db.query('plugin::users-permissions.user').update({ where: { id: person.id }, data: { email: PERSONAL.email } });
  person.email = PERSONAL.email;
  // straight into the table: the plugin's lifecycle would mail a confirmation
  const registrations = strapi.db.metadata.get('plugin::registration.registration').tableName;
  await strapi.db.connection(registrations).insert({
    document_id: 'zqxregistrationdocument01',
    user_id: person.id,
    event_document_id: inv.documentId,
    status: 'registered',
    arrival: 1,
    answers: JSON.stringify({ diet: PERSONAL.answer }),
    language: 'ru',
  });
  await strapi.db.query('plugin::registration.consent').create({
    data: { userId: person.id, textVersion: 1, acceptedAt: new Date().toISOString(), ip: PERSONAL.ip, userAgent: PERSONAL.agent },
  });
  await strapi.db.query('plugin::registration.email-code').create({
    data: { email: PERSONAL.codeEmail, codeHash: 'x'.repeat(64), expiresAt: new Date(Date.now() + 600_000).toISOString(), attempts: 0, ip: PERSONAL.ip },
  });

  return {
    hidden,
    linkOnly,
    linkIds: { slug: lnk.slug, documentId: lnk.documentId },
    probes: [inv.documentId, cls.documentId, draft.documentId, secret.documentId, news.documentId, lnk.documentId, inv.slug, cls.slug, draft.slug],
    visible: { eventTitle: pub.title, eventSlug: pub.slug, sessionTitle: open.title, sessionDocumentId: open.documentId, eventDocumentId: pub.documentId },
    hiddenSessionDocumentId: secret.documentId,
    stranger,
    person,
  };
}

/** The hidden markers found in `text` (the by-link event's only when the request did not name it). */
export function leaksIn(fx: PrivacyFixture, text: string, requested: string): string[] {
  const namesLink = requested.includes(fx.linkIds.slug) || requested.includes(fx.linkIds.documentId);
  const markers = namesLink ? fx.hidden : [...fx.hidden, ...fx.linkOnly];
  const found = markers.filter((marker) => text.includes(marker));
  if (text.includes(UNSAFE_LINK) || /javascript:/i.test(text)) found.push('javascript:');
  return found;
}

/** Personal data found in `text`. */
export function personalIn(text: string): string[] {
  return Object.values(PERSONAL).filter((value) => text.includes(value));
}
