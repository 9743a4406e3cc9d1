// Writes the demo space (data.ts) into a loaded Strapi. Idempotent: every record is found by its natural
// key (slug, code, name, email, erid, or event + title) and created only when missing; existing records
// are kept as they are, so an organizer's edits to demo content survive a second run. The demo organizer
// accounts are the exception: a re-run gives them back their role and their place on the demo events.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import {
  ads,
  audiences,
  baseFromEventStart,
  buildSeedPlan,
  demoAccounts,
  demoEventOrganizers,
  events,
  organization,
  partnerCategories,
  partnerLinks,
  partners,
  speakers,
  tags,
  completeLayout,
  type DatedEvent,
  type DocumentSeed,
  type PageBlock,
} from './data.ts';
import { textPdf } from './pdf.ts';
import { coverPng, logoPng } from './png.ts';
import { ROLE_CODES } from '../../src/plugins/event-builder/server/src/domain/roles.ts';

export interface SeedOptions {
  /** The clock of the run; dates of a first run are relative to it. */
  now?: Date;
  /** Draw and upload covers and logos (on by default). */
  images?: boolean;
  log?: (line: string) => void;
}

export interface SeedCount {
  created: number;
  kept: number;
}

export interface SeedReport {
  /** The Moscow day the demo calendar is relative to (that of the first run). */
  baseDay: string;
  counts: Record<string, SeedCount>;
}

interface UploadedFile {
  id: number;
}

/** The part of the upload plugin's service the seed uses (the plugin ships no types for it). */
interface UploadService {
  upload(
    input: {
      data: { fileInfo: { name: string; alternativeText: string; caption: string } };
      files: { filepath: string; originalFilename: string; mimetype: string; size: number };
    },
  ): Promise<UploadedFile[]>;
}

/** The admin role each demo account gets (created by the event-builder plugin at boot). */
const DEMO_ROLE_CODES: Record<DemoAccountRole, string> = {
  'client-admin': ROLE_CODES.clientAdmin,
  'event-admin': ROLE_CODES.eventAdmin,
  'event-manager': ROLE_CODES.eventManager,
};

type DemoAccountRole = (typeof demoAccounts)[number]['role'];

interface AdminUserService {
  create(attributes: {
    email: string;
    firstname: string;
    lastname: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
    preferedLanguage: string;
  }): Promise<{ id: number }>;
}

/** The organizers' admin opens in Russian. */
const ADMIN_LANGUAGE = 'ru';

/** The demo content is written in Russian: localized types get their `ru` version. */
export const SEED_LOCALE = 'ru';

const hasDocumentId = (row: unknown): row is { documentId: string } =>
  typeof row === 'object' && row !== null && typeof (row as { documentId?: unknown }).documentId === 'string';

export async function seedDemo(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.log(line));
  const counts: Record<string, SeedCount> = {};
  const count = (kind: string, created: boolean) => {
    const entry = (counts[kind] ??= { created: 0, kept: 0 });
    if (created) entry.created += 1;
    else entry.kept += 1;
  };

  const isLocalized = (uid: UID.ContentType): boolean => {
    const options = strapi.getModel(uid).pluginOptions as { i18n?: { localized?: boolean } } | undefined;
    return options?.i18n?.localized === true;
  };
  /** `{ locale: 'ru' }` for a localized type, nothing otherwise (Strapi rejects no locale param, but it is noise). */
  const localeOf = (uid: UID.ContentType): { locale?: string } => (isLocalized(uid) ? { locale: SEED_LOCALE } : {});
  /**
   * A relation to a localized target from a non-localized source must name the target's locale:
   * Strapi connects localized-to-localized by the source's locale, but has none to use here.
   */
  const localizedRef = (documentId: string) => ({ connect: [{ documentId, locale: SEED_LOCALE }] });

  /** documentId of the first row matching `where` (draft or published: both carry the documentId). */
  const findDocumentId = async (uid: UID.ContentType, where: Record<string, unknown>): Promise<string | null> => {
    const row: unknown = await strapi.db.query(uid).findOne({ where, select: ['documentId'] });
    return hasDocumentId(row) ? row.documentId : null;
  };

  /**
   * Returns the documentId of the record matching `where`, creating it with `create` when missing.
   * A kept draft-and-publish record that should be public but has no published version (a run that
   * stopped between create and publish) is published, so a re-run repairs it.
   */
  const ensure = async (
    kind: string,
    uid: UID.ContentType,
    where: Record<string, unknown>,
    create: () => Promise<{ documentId: string }>,
    published = true,
  ): Promise<string> => {
    const existing = await findDocumentId(uid, where);
    if (existing) {
      count(kind, false);
      const model = strapi.getModel(uid);
      if (published && model.options?.draftAndPublish) {
        const live = await strapi.db.query(uid).count({ where: { documentId: existing, publishedAt: { $notNull: true } } });
        if (live === 0) await strapi.documents(uid).publish({ documentId: existing, ...localeOf(uid) });
      }
      return existing;
    }
    const created = await create();
    count(kind, true);
    return created.documentId;
  };

  // --- images: drawn here, uploaded once, keyed by file name ---------------------------------
  const useImages = options.images ?? true;
  const workDir = useImages ? await mkdtemp(join(tmpdir(), 'mmso-seed-')) : null;
  /** Uploads what `make` returns as the media library file `name` (the key a re-run finds it by), once. */
  const uploadOnce = async (kind: string, name: string, mimetype: string, alternativeText: string, make: () => Buffer, fileName = name): Promise<number | null> => {
    if (!workDir) return null;
    const existing: unknown = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
    if (typeof existing === 'object' && existing !== null && typeof (existing as { id?: unknown }).id === 'number') {
      count(kind, false);
      return (existing as { id: number }).id;
    }
    const bytes = make();
    const filepath = join(workDir, fileName);
    await writeFile(filepath, bytes);
    const upload = strapi.plugin('upload').service('upload') as UploadService;
    const [file] = await upload.upload({
      data: { fileInfo: { name, alternativeText, caption: '' } },
      files: { filepath, originalFilename: fileName, mimetype, size: bytes.length },
    });
    if (!file) throw new Error(`Upload of ${fileName} returned nothing`);
    count(kind, true);
    return file.id;
  };
  const image = (fileName: string, alternativeText: string, draw: () => Buffer) => uploadOnce('images', fileName, 'image/png', alternativeText, draw);
  /** A document of a documents block: a PDF leaflet or a UTF-8 text file, by its extension; the site lists it by its title. */
  const documentFile = (doc: DocumentSeed) => {
    const pdf = doc.file.endsWith('.pdf');
    const name = `${doc.title}${pdf ? '.pdf' : '.txt'}`;
    return pdf
      ? uploadOnce('documents', name, 'application/pdf', doc.title, () => textPdf(doc.title, [{ text: doc.title, size: 16, bold: true }, { text: '' }, ...doc.lines.map((text) => ({ text }))]), doc.file)
      : uploadOnce('documents', name, 'text/plain', doc.title, () => Buffer.from(`${doc.title}\n\n${doc.lines.join('\n')}\n`, 'utf8'), doc.file);
  };
  const ids = (values: Array<number | null>): number[] => values.filter((value): value is number => value !== null);

  /** A page block as the document service takes it: the pictures and documents it names uploaded, by id. */
  const blockData = async (block: PageBlock): Promise<Record<string, unknown>> => {
    switch (block.__component) {
      case 'blocks.documents': {
        const files: Array<number | null> = [];
        for (const doc of block.files) files.push(await documentFile(doc));
        return { ...block, files: ids(files) };
      }
      case 'blocks.gallery': {
        const images: Array<number | null> = [];
        for (const picture of block.images) images.push(await image(picture.file, picture.alt, () => coverPng(picture.colors[0], picture.colors[1], 960, 640)));
        return { ...block, images: ids(images) };
      }
      case 'blocks.slider': {
        const slides = [];
        for (const slide of block.slides) {
          const picture = await image(slide.image.file, slide.image.alt, () => coverPng(slide.image.colors[0], slide.image.colors[1], 1200, 500));
          slides.push({ ...slide, image: picture });
        }
        return { ...block, slides };
      }
      default:
        return { ...block };
    }
  };
  const blocksData = async (layout: PageBlock[]): Promise<Array<Record<string, unknown>>> => {
    const out: Array<Record<string, unknown>> = [];
    for (const block of layout) out.push(await blockData(block));
    return out;
  };

  try {
    // Dates: relative to the first run. If any demo event exists, replay the plan on its calendar, so
    // pieces created by a later run (e.g. after an interrupted first run) line up with the rest.
    let base = now;
    for (const event of events) {
      const row: unknown = await strapi.db.query('api::event.event').findOne({ where: { slug: event.slug }, select: ['startsAt'] });
      const startsAt = typeof row === 'object' && row !== null ? (row as { startsAt?: unknown }).startsAt : undefined;
      if (typeof startsAt === 'string' || startsAt instanceof Date || typeof startsAt === 'number') {
        base = baseFromEventStart(event.slug, new Date(startsAt)) ?? now;
        break;
      }
    }
    const plan = buildSeedPlan(now, base);

    // --- organization and dictionaries -----------------------------------------------------
    const organizationId = await ensure('organization', 'api::organization.organization', { slug: organization.slug }, async () => {
      const logo = await image(`${organization.slug}-logo.png`, `Логотип: ${organization.name}`, () => logoPng(organization.primaryColor));
      return strapi.documents('api::organization.organization').create({ data: { ...organization, logo } });
    });

    const audienceIds = new Map<string, string>();
    for (const audience of audiences) {
      audienceIds.set(
        audience.code,
        await ensure('audiences', 'api::audience.audience', { code: audience.code }, () =>
          strapi.documents('api::audience.audience').create({ data: { ...audience } }),
        ),
      );
    }

    const tagIds = new Map<string, string>();
    for (const tag of tags) {
      tagIds.set(
        tag.slug,
        await ensure('tags', 'api::tag.tag', { slug: tag.slug }, () => strapi.documents('api::tag.tag').create({ data: { ...tag } })),
      );
    }

    const speakerIds = new Map<string, string>();
    for (const speaker of speakers) {
      speakerIds.set(
        speaker.slug,
        await ensure('speakers', 'api::speaker.speaker', { slug: speaker.slug }, () =>
          strapi.documents('api::speaker.speaker').create({ data: { ...speaker }, ...localeOf('api::speaker.speaker'), status: 'published' }),
        ),
      );
    }

    const categoryIds = new Map<string, string>();
    for (const category of partnerCategories) {
      categoryIds.set(
        category.name,
        await ensure('partner categories', 'api::partner-category.partner-category', { name: category.name }, () =>
          strapi.documents('api::partner-category.partner-category').create({
            data: { ...category, visible: true },
            ...localeOf('api::partner-category.partner-category'),
          }),
        ),
      );
    }

    const partnerIds = new Map<string, string>();
    for (const partner of partners) {
      partnerIds.set(
        partner.name,
        await ensure('partners', 'api::partner.partner', { name: partner.name }, async () => {
          const logo = await image(`partner-${partner.url.replace(/^https?:\/\//, '').split('.')[0] ?? 'logo'}.png`, `Логотип: ${partner.name}`, () =>
            logoPng(partner.color),
          );
          return strapi.documents('api::partner.partner').create({
            data: {
              name: partner.name,
              url: partner.url,
              order: partner.order,
              clickable: true,
              visible: true,
              category: localizedRef(lookup(categoryIds, partner.category, 'partner category')),
              logo,
            },
          });
        }),
      );
    }

    // --- events with their tracks and sessions ---------------------------------------------
    const eventIds = new Map<string, string>();
    for (const event of plan.events) {
      const eventId = await ensure(
        event.published ? 'events (published)' : 'events (draft only)',
        'api::event.event',
        { slug: event.slug },
        () => createEvent(event),
        event.published,
      );
      eventIds.set(event.slug, eventId);
      await completeEvent(event, eventId);

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
    async function completeEvent(event: DatedEvent, documentId: string): Promise<void> {
      const locale = localeOf('api::event.event');
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
        for (const block of blocks) list.push('id' in block ? { __component: block.__component, id: block.id } : await blockData(block));
        data.blocks = list;
      }
      if (addAdSettings) data.adSettings = event.adSettings;
      await strapi.documents('api::event.event').update({ documentId, ...locale, data });
      if (live && draftRow && time(draftRow.updatedAt) <= time(live.updatedAt)) {
        await strapi.documents('api::event.event').publish({ documentId, ...locale });
      }
      count('event pages completed', true);
    }

    async function createEvent(event: DatedEvent): Promise<{ documentId: string }> {
      const cover = await image(`event-${event.slug}.png`, `Обложка: ${event.title}`, () => coverPng(event.cover[0], event.cover[1]));
      return strapi.documents('api::event.event').create({
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
          blocks: await blocksData(event.layout),
          ...(event.adSettings ? { adSettings: event.adSettings } : {}),
          seo: event.seo,
          ...(event.branding ? { branding: event.branding } : {}),
          ...(event.registrationForm ? { registrationForm: event.registrationForm } : {}),
        },
        ...localeOf('api::event.event'),
        ...(event.published ? { status: 'published' as const } : {}),
      });
    }

    // --- news and ads -----------------------------------------------------------------------
    for (const item of plan.news) {
      await ensure('news', 'api::news-item.news-item', { slug: item.slug }, () =>
        strapi.documents('api::news-item.news-item').create({
          data: {
            title: item.title,
            slug: item.slug,
            summary: item.summary,
            body: item.body,
            date: item.date,
            event: item.event === null ? null : lookup(eventIds, item.event, 'event'),
            tags: item.tags.map((slug) => lookup(tagIds, slug, 'tag')),
          },
          ...localeOf('api::news-item.news-item'),
          status: 'published',
        }),
      );
    }

    for (const ad of ads) {
      await ensure('ads', 'api::ad.ad', { erid: ad.erid }, async () => {
        const banner = await image(`ad-${ad.erid.toLowerCase()}.png`, `Реклама: ${ad.title}`, () => coverPng(ad.color, '#ffffff', 728, 90));
        return strapi.documents('api::ad.ad').create({
          data: {
            title: ad.title,
            url: ad.url,
            order: ad.order,
            visible: true,
            advertiserName: ad.advertiserName,
            advertiserInn: ad.advertiserInn,
            erid: ad.erid,
            event: ad.event === null ? null : localizedRef(lookup(eventIds, ad.event, 'event')),
            image: banner,
          },
          status: 'published',
        });
      });
    }

    // --- partner links of the registration module ---------------------------------------------
    for (const link of partnerLinks) {
      await ensure('partner links', 'plugin::registration.partner-link', { code: link.code }, () =>
        strapi.documents('plugin::registration.partner-link').create({
          data: { code: link.code, label: link.label, channel: link.channel, active: true, event: localizedRef(lookup(eventIds, link.event, 'event')) },
        }),
      );
    }

    // --- demo organizer accounts (admin panel) ----------------------------------------------
    // A re-run repairs what it finds: each account gets exactly its role back, and each event the
    // demo plan lists it on (and only those) among its administrators or managers.
    const accountIds = new Map<string, number>();
    for (const account of demoAccounts) {
      const code = DEMO_ROLE_CODES[account.role];
      const role: unknown = await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] });
      if (!hasId(role)) throw new Error(`The admin role ${code} does not exist: the event-builder plugin did not finish its bootstrap`);
      const existing: unknown = await strapi.db.query('admin::user').findOne({ where: { email: account.email }, populate: { roles: { select: ['id'] } } });
      if (hasId(existing)) {
        const roles = (existing as { roles?: Array<{ id: number }> }).roles ?? [];
        const repaired = roles.length !== 1 || roles[0]?.id !== role.id;
        if (repaired) await strapi.db.query('admin::user').update({ where: { id: existing.id }, data: { roles: [role.id] } });
        // accounts seeded before the admin spoke Russian: an account's own choice of language stays
        if (!(existing as { preferedLanguage?: string | null }).preferedLanguage) {
          await strapi.db.query('admin::user').update({ where: { id: existing.id }, data: { preferedLanguage: ADMIN_LANGUAGE } });
        }
        count('admin accounts', false);
        if (repaired) count('admin account roles repaired', true);
        accountIds.set(account.email, existing.id);
        continue;
      }
      // The service hashes the password; active with no registration token = can log in at once.
      const created = await (strapi.service('admin::user') as AdminUserService).create({
        email: account.email,
        firstname: account.firstname,
        lastname: account.lastname,
        password: account.password,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
        preferedLanguage: ADMIN_LANGUAGE,
      });
      count('admin accounts', true);
      accountIds.set(account.email, created.id);
    }

    for (const [email, lists] of Object.entries(demoEventOrganizers)) {
      const userId = accountIds.get(email);
      if (userId === undefined) throw new Error(`Unknown demo account "${email}" in the organizer plan`);
      for (const slug of [...lists.admins, ...lists.managers]) lookup(eventIds, slug, 'event');
      for (const [slug, documentId] of eventIds) {
        const want = { admins: lists.admins.includes(slug), managers: lists.managers.includes(slug) };
        // the lists belong to the document: every version (draft, published, each locale) gets them
        const rows = (await strapi.db.query('api::event.event').findMany({
          where: { documentId },
          select: ['id'],
          populate: { admins: { select: ['id'] }, managers: { select: ['id'] } },
        })) as Array<{ id: number; admins: Array<{ id: number }>; managers: Array<{ id: number }> }>;
        let changed = false;
        for (const row of rows) {
          const data: Record<string, number[]> = {};
          for (const field of ['admins', 'managers'] as const) {
            const ids = row[field].map((user) => user.id);
            if (ids.includes(userId) === want[field]) continue;
            data[field] = want[field] ? [...ids, userId] : ids.filter((id) => id !== userId);
          }
          if (Object.keys(data).length === 0) continue;
          await strapi.db.query('api::event.event').update({ where: { id: row.id }, data });
          changed = true;
        }
        if (want.admins || want.managers || changed) count('organizer assignments', changed);
      }
    }

    const order = (kind: string) => (LOG_ORDER.indexOf(kind) + LOG_ORDER.length + 1) % (LOG_ORDER.length + 1);
    for (const [kind, { created, kept }] of Object.entries(counts).sort(([a], [b]) => order(a) - order(b))) {
      log(`[seed] ${kind}: created ${created} / kept ${kept}`);
    }
    return { baseDay: plan.baseDay, counts };
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** Report lines follow the content model, not the order in which records happened to be written. */
const LOG_ORDER = [
  'organization',
  'audiences',
  'tags',
  'speakers',
  'partner categories',
  'partners',
  'events (published)',
  'events (draft only)',
  'event pages completed',
  'tracks',
  'sessions',
  'news',
  'ads',
  'images',
  'documents',
  'admin accounts',
  'admin account roles repaired',
  'organizer assignments',
];

const hasId = (row: unknown): row is { id: number } => typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'number';

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  // data.test.ts checks every reference; this guards edits that skip the tests
  if (id === undefined) throw new Error(`Unknown ${what} "${key}" in the seed data`);
  return id;
}
