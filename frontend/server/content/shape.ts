/**
 * Normalizing content for the pages, pure (no fetch, no Nuxt): Strapi's documents as parsed by the
 * contract (`cms/src/schemas.ts`) become the shapes the pages render (`#shared/types/site`), with
 * only what each page shows.
 */
import { pageBlockSchema, type PageBlock, type Partner, type Speaker, type StrapiEventDetail, type StrapiSession } from 'cms';
import type { EventCore, PartnerGroup, ProgramItem, SpeakerSummary } from '../../shared/types/site';
import { safeEmbedUrl } from '../../shared/utils/media-rules';

/** The page sections the site knows, in their order (unknown or malformed ones are skipped). */
export function parseBlocks(raw: unknown[] | null | undefined): PageBlock[] {
  const blocks: PageBlock[] = [];
  for (const item of raw ?? []) {
    const parsed = pageBlockSchema.safeParse(item);
    if (parsed.success) blocks.push(parsed.data);
  }
  return blocks;
}

/** Visible partners by visible category, categories and partners in their order (then by name). */
export function partnerGroups(partners: Partner[]): PartnerGroup[] {
  const groups = new Map<string, PartnerGroup & { order: number }>();
  const sorted = partners.filter((p) => p.visible !== false && p.category?.visible !== false).sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name));
  for (const partner of sorted) {
    const category = partner.category ?? { documentId: 'other', name: '', order: 1_000 };
    const group = groups.get(category.documentId) ?? { documentId: category.documentId, name: category.name, order: category.order ?? 0, partners: [] };
    group.partners.push(partner);
    groups.set(category.documentId, group);
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...group }) => group);
}

/** A speaker as program cards name them (without their links). */
export const speakerProfile = (speaker: Speaker): SpeakerSummary => ({
  documentId: speaker.documentId,
  name: speaker.name,
  slug: speaker.slug,
  position: speaker.position,
  affiliation: speaker.affiliation,
  photo: speaker.photo,
});

/** A speaker as speaker cards show them. */
export const speakerSummary = (speaker: Speaker): SpeakerSummary => ({ ...speakerProfile(speaker), links: speaker.links });

export function programItem(session: StrapiSession, withDescription: boolean): ProgramItem {
  return {
    documentId: session.documentId,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room,
    track: session.track ?? null,
    speakers: (session.speakers ?? []).map(speakerProfile),
    tags: session.tags ?? [],
    description: withDescription ? session.description : undefined,
    hasStream: Boolean(session.stream?.provider),
    // announced by the organizer; the link itself reaches only those allowed, on the session page
    hasRecording: (session.recordingAvailability ?? 'never') !== 'never',
  };
}

/**
 * A program item of the event page's program section: only what its cards show (the speakers' names
 * and links, no tags), since the whole event page travels in its payload and a large event has many.
 */
export function compactProgramItem(session: StrapiSession): ProgramItem {
  const item = programItem(session, false);
  return { ...item, speakers: item.speakers.map(({ documentId, name, slug }) => ({ documentId, name, slug })), tags: [] };
}

/** The event without its page sections and partners (those are shaped on their own). */
export function eventCore(detail: StrapiEventDetail): EventCore {
  const { blocks: _blocks, partners: _partners, ...core } = detail;
  return core;
}

/** Recordings on YouTube, Rutube or VK Video play in their player; anything else is a link. */
export function recordingEmbedUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^(www|m)\./, '');
    if (host === 'youtu.be') return safeEmbedUrl('youtube', `https://www.youtube-nocookie.com/embed/${parsed.pathname.slice(1)}`);
    if (host === 'youtube.com' && parsed.searchParams.get('v')) {
      return safeEmbedUrl('youtube', `https://www.youtube-nocookie.com/embed/${parsed.searchParams.get('v')}`);
    }
    const rutube = /^\/video\/([0-9a-f]{32})/i.exec(parsed.pathname);
    if (host === 'rutube.ru' && rutube) return safeEmbedUrl('rutube', `https://rutube.ru/play/embed/${rutube[1]}`);
  } catch {
    return null;
  }
  return null;
}
