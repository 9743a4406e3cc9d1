// Seed step: the demo events with their tracks and sessions. Dates are relative to the first run; an
// existing event keeps its own content and only gets the planned blocks it lacks (completeEvent).
import type { Core } from '@strapi/strapi';
import { baseFromEventStart, buildSeedPlan, completeLayout, events, type DatedEvent } from './data.ts';
import { lookup, type SeedContext } from './context.ts';
import type { Dictionaries } from './dictionaries.ts';
import { coverPng } from './png.ts';

export type SeedPlan = ReturnType<typeof buildSeedPlan>;

/**
 * The calendar of the run: relative to the first run. If any demo event exists, the plan is replayed on
 * its calendar, so pieces created by a later run (e.g. after an interrupted first run) line up with the rest.
 */
export async function seedPlan(strapi: Core.Strapi, now: Date): Promise<SeedPlan> {
  let base = now;
  for (const event of events) {
    const row: unknown = await strapi.db.query('api::event.event').findOne({ where: { slug: event.slug }, select: ['startsAt'] });
    const startsAt = typeof row === 'object' && row !== null ? (row as { startsAt?: unknown }).startsAt : undefined;
    if (typeof startsAt === 'string' || startsAt instanceof Date || typeof startsAt === 'number') {
      base = baseFromEventStart(event.slug, new Date(startsAt)) ?? now;
      break;
    }
  }
  return buildSeedPlan(now, base);
}

/** Ensures every planned event, its tracks and its sessions; returns the events' documentIds by slug. */
export async function seedEvents(seed: SeedContext, plan: SeedPlan, dictionaries: Dictionaries): Promise<Map<string, string>> {
  const eventIds = new Map<string, string>();
  for (const event of plan.events) {
    const eventId = await seed.ensure(
      event.published ? 'events (published)' : 'events (draft only)',
      'api::event.event',
      { slug: event.slug },
      () => createEvent(seed, event, dictionaries),
      event.published,
    );
    eventIds.set(event.slug, eventId);
    await completeEvent(seed, event, eventId);
    const trackIds = await seedTracks(seed, event, eventId);
    await seedSessions(seed, event, eventId, trackIds, dictionaries);
  }
  return eventIds;
}

async function seedTracks(seed: SeedContext, event: DatedEvent, eventId: string): Promise<Map<string, string>> {
  const { strapi, ensure, localeOf } = seed;
  const trackIds = new Map<string, string>();
  for (const [order, track] of event.tracks.entries()) {
    trackIds.set(
      track.name,
      await ensure('tracks', 'api::track.track', { name: track.name, event: { documentId: eventId } }, () =>
        strapi.documents('api::track.track').create({
          data: { name: track.name, color: track.color, order: order + 1, event: eventId },
          ...localeOf('api::track.track'),
        }),
      ),
    );
  }
  return trackIds;
}

async function seedSessions(seed: SeedContext, event: DatedEvent, eventId: string, trackIds: Map<string, string>, { speakerIds, tagIds }: Dictionaries): Promise<void> {
  const { strapi, ensure, localeOf } = seed;
  for (const session of event.sessions) {
    await ensure(
      'sessions',
      'api::session.session',
      { title: session.title, event: { documentId: eventId } },
      () =>
        strapi.documents('api::session.session').create({
          data: {
            title: session.title,
            description: session.description,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            room: session.room,
            event: eventId,
            track: session.track === undefined ? null : lookup(trackIds, session.track, 'track'),
            speakers: session.speakers.map((slug) => lookup(speakerIds, slug, 'speaker')),
            tags: session.tags.map((slug) => lookup(tagIds, slug, 'tag')),
            chatEnabled: session.chatEnabled ?? false,
            recordingUrl: session.recordingUrl,
            recordingAvailability: session.recordingAvailability,
            recordingAvailableAt: session.recordingAvailableAt,
            stream: session.stream,
            ads: session.ads,
          },
          ...localeOf('api::session.session'),
          // a draft event's program stays a draft with it
          status: event.published ? 'published' : 'draft',
        }),
      event.published,
    );
  }
}

/**
 * A re-run on an older demo: an existing event that lacks planned blocks (or its ad settings) gets
 * them on its draft, its own blocks kept as they are; a published event whose draft had no pending
 * edits is published again, so the site shows them. Nothing is written when nothing is missing.
 */
async function completeEvent(seed: SeedContext, event: DatedEvent, documentId: string): Promise<void> {
  const { strapi } = seed;
  const locale = seed.localeOf('api::event.event');
  const draft = (await strapi.documents('api::event.event').findOne({ documentId, ...locale, status: 'draft', populate: { blocks: true, adSettings: true } })) as {
    blocks?: Array<{ __component: string; id: number }> | null;
    adSettings?: unknown;
  } | null;
  if (!draft) return;
  const blocks = completeLayout(draft.blocks ?? [], event.layout);
  const addAdSettings = event.adSettings !== undefined && !draft.adSettings;
  if (!blocks && !addAdSettings) return;
  const versions = (await strapi.db.query('api::event.event').findMany({
    where: { documentId, ...locale },
    select: ['updatedAt', 'publishedAt'],
  })) as Array<{ updatedAt: string | number | Date | null; publishedAt: string | number | Date | null }>;
  const time = (value: string | number | Date | null) => (value === null ? 0 : new Date(value).getTime());
  const draftRow = versions.find((version) => version.publishedAt === null);
  const live = versions.find((version) => version.publishedAt !== null);
  const data: Record<string, unknown> = {};
  if (blocks) {
    const list: Array<Record<string, unknown>> = [];
    // a stored block is named by its id (kept untouched), a planned one is created
    for (const block of blocks) list.push('id' in block ? { __component: block.__component, id: block.id } : await seed.blockData(block));
    data.blocks = list;
  }
  if (addAdSettings) data.adSettings = event.adSettings;
  await strapi.documents('api::event.event').update({ documentId, ...locale, data });
  if (live && draftRow && time(draftRow.updatedAt) <= time(live.updatedAt)) {
    await strapi.documents('api::event.event').publish({ documentId, ...locale });
  }
  seed.count('event pages completed', true);
}

async function createEvent(seed: SeedContext, event: DatedEvent, { organizationId, audienceIds, tagIds, partnerIds }: Dictionaries): Promise<{ documentId: string }> {
  const cover = await seed.image(`event-${event.slug}.png`, `Обложка: ${event.title}`, () => coverPng(event.cover[0], event.cover[1]));
  return seed.strapi.documents('api::event.event').create({
    data: {
      title: event.title,
      slug: event.slug,
      summary: event.summary,
      description: event.description,
      cover,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timezone: 'Europe/Moscow',
      format: event.format,
      venue: event.venue,
      address: event.address,
      organization: organizationId,
      audiences: event.audiences.map((code) => lookup(audienceIds, code, 'audience')),
      tags: event.tags.map((slug) => lookup(tagIds, slug, 'tag')),
      template: event.template,
      privacy: 'public',
      registrationOpen: event.registrationOpen,
      registrationOpensAt: event.registrationOpensAt,
      registrationClosesAt: event.registrationClosesAt,
      capacity: event.capacity,
      waitlistEnabled: event.waitlistEnabled,
      partners: event.partners.map((name) => lookup(partnerIds, name, 'partner')),
      blocks: await seed.blocksData(event.layout),
      ...(event.adSettings ? { adSettings: event.adSettings } : {}),
      seo: event.seo,
      ...(event.branding ? { branding: event.branding } : {}),
      ...(event.registrationForm ? { registrationForm: event.registrationForm } : {}),
    },
    ...seed.localeOf('api::event.event'),
    ...(event.published ? { status: 'published' as const } : {}),
  });
}
