/**
 * Events as registration sees them: the published event by slug, its window, privacy, capacity and
 * form. Read with the query engine (not the document service: these reads are on the hot path and
 * privacy is decided here, for the viewer of the registration request). Kept for a moment in a
 * per-process cache that every change of an event clears; the capacity that decides a seat is read
 * again under the event's lock.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildForm, type FieldDefinition, type RawField } from '../domain/form';
import { localized } from '../errors';
import { message } from '../i18n/messages';
import { EVENT_UID } from '../constants';
import { toDate } from '../db';

/** The answer for an event that does not exist, is not published, or is hidden from the caller. */
export const eventNotFound = () => localized(errors.NotFoundError, message('event.not-found'));

export const PRIVACY_LEVELS = ['public', 'link', 'invite', 'closed'] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];

export interface RegistrationEvent {
  documentId: string;
  slug: string;
  title: string;
  locale: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  privacy: PrivacyLevel;
  registrationOpen: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  capacity: number | null;
  waitlistEnabled: boolean;
  /** Manual approval: registrations wait (pending, no seat) until an organizer approves or rejects them. */
  approvalRequired: boolean;
  form: FieldDefinition[];
}

interface EventRow {
  documentId: string;
  slug: string;
  title: string;
  locale?: string | null;
  startsAt: unknown;
  endsAt: unknown;
  privacy: string | null;
  registrationOpen: boolean | null;
  registrationOpensAt: unknown;
  registrationClosesAt: unknown;
  capacity: number | null;
  waitlistEnabled: boolean | null;
  registrationApproval?: boolean | null;
  registrationForm?: RawField[] | null;
}

const FIELDS = [
  'documentId',
  'slug',
  'title',
  'locale',
  'startsAt',
  'endsAt',
  'privacy',
  'registrationOpen',
  'registrationOpensAt',
  'registrationClosesAt',
  'capacity',
  'waitlistEnabled',
  'registrationApproval',
];

/** How long a looked-up event is reused (the admin's changes clear it at once on this instance). */
const CACHE_MS = 2_000;

function toEvent(row: EventRow): RegistrationEvent {
  const privacy = (PRIVACY_LEVELS as readonly string[]).includes(row.privacy ?? '') ? (row.privacy as PrivacyLevel) : 'public';
  return {
    documentId: row.documentId,
    slug: row.slug,
    title: row.title,
    locale: row.locale ?? null,
    startsAt: toDate(row.startsAt),
    endsAt: toDate(row.endsAt),
    privacy,
    registrationOpen: Boolean(row.registrationOpen),
    opensAt: toDate(row.registrationOpensAt),
    closesAt: toDate(row.registrationClosesAt),
    capacity: typeof row.capacity === 'number' ? row.capacity : row.capacity === null ? null : Number(row.capacity),
    waitlistEnabled: Boolean(row.waitlistEnabled),
    approvalRequired: Boolean(row.registrationApproval),
    form: buildForm(row.registrationForm ?? []),
  };
}

const events = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, { at: number; event: Promise<RegistrationEvent | null> }>();

  const load = async (where: Record<string, unknown>, locale?: string): Promise<RegistrationEvent | null> => {
    const rows = (await strapi.db.query(EVENT_UID).findMany({
      where: { ...where, publishedAt: { $notNull: true } },
      select: FIELDS,
      populate: { registrationForm: true },
    })) as EventRow[];
    if (rows.length === 0) return null;
    const row = rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === 'ru') ?? rows[0];
    return row ? toEvent(row) : null;
  };

  const service = {
    /** The published event with this slug (in `locale` when it has one), or a 404. */
    async bySlug(slug: string, locale?: string): Promise<RegistrationEvent> {
      const key = `${slug}\u0000${locale ?? ''}`;
      const now = Date.now();
      let entry = cache.get(key);
      if (!entry || now - entry.at > CACHE_MS) {
        entry = { at: now, event: load({ slug }, locale) };
        cache.set(key, entry);
        // a failed read is not cached
        entry.event.catch(() => cache.delete(key));
        if (cache.size > 1_000) cache.delete(cache.keys().next().value as string);
      }
      const event = await entry.event;
      if (!event) throw eventNotFound();
      return event;
    },

    /** The published event (in `locale` when it has one), or null. */
    async byDocumentId(documentId: string, locale?: string): Promise<RegistrationEvent | null> {
      return load({ documentId }, locale);
    },

    /** Forgets cached events (called when an event changes). */
    invalidate(): void {
      cache.clear();
    },
  };
  return service;
};

export type EventsService = ReturnType<typeof events>;
export default events;
