/**
 * Partner links: `?ref=CODE` on an event's page, remembered on the registration (first touch); the
 * openings of a link the site reports (visits), and each link's statistics for the event's organizers.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { PartnerLinkStat } from '../../../../../../cms/src/partner-links';
import { PARTNER_CODE_PATTERN, PARTNER_CHANNELS } from '../../../../../../cms/src/partner-links';
import { decideVisit, partnerStats, visitorKey, VISIT_LIMITS, type VisitDecision, type VisitLimits } from '../domain/partner-visits';
import { PARTNER_LINK_UID, TABLES } from '../constants';
import { knexOf, newDocumentId, toDate } from '../db';
import { validationError } from '../errors';
import { message } from '../i18n/messages';

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

interface LinkRow {
  code: string;
  label: string;
  channel: string;
  active: boolean | null;
  event?: { documentId: string; slug?: string } | null;
}

type Channel = PartnerLinkStat['channel'];
const channelOf = (value: string): Channel => (PARTNER_CHANNELS as readonly string[]).includes(value) ? (value as Channel) : 'other';

/** Counts per code from a grouped query. */
const countsByCode = (rows: ReadonlyArray<{ code: string | null; n: number | string }>): Map<string, number> =>
  new Map(rows.filter((row) => row.code !== null).map((row) => [row.code as string, Number(row.n)]));

export interface VisitReport {
  eventSlug: string;
  ref: string;
  /** The address the site vouched for. */
  address: string;
  now?: Date;
}

const partnerLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | null = null;
  /** The key of visitors' hashes, derived from the app keys (the same on every instance). */
  const visitorSecret = (): Buffer => {
    key ??= createHash('sha256')
      .update(`registration.partner-visits\n${((strapi.config.get('server.app.keys') as string[] | undefined) ?? []).join('\n')}`)
      .digest();
    return key;
  };
  let limits: VisitLimits = VISIT_LIMITS;

  const service = {
    /** A new random code (8 characters without look-alikes). */
    newCode(): string {
      return [...randomBytes(8)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
    },

    /**
     * The code to store on a registration for `eventDocumentId`; a ValidationError naming `ref` when
     * there is no such active link or it belongs to another event.
     */
    async check(code: string, eventDocumentId: string): Promise<string> {
      const link = (await strapi.db.query(PARTNER_LINK_UID).findOne({
        where: { code },
        select: ['code', 'active'],
        populate: { event: { select: ['documentId'] } },
      })) as { code: string; active: boolean | null; event?: { documentId: string } | null } | null;
      if (!link || link.active === false) throw validationError([{ path: ['ref'], message: message('ref.unknown', { code }) }]);
      if (link.event?.documentId !== eventDocumentId) {
        throw validationError([{ path: ['ref'], message: message('ref.other-event', { code }) }]);
      }
      return link.code;
    },

    /** Tests shorten the limits of visits. */
    setVisitLimits(next: VisitLimits): void {
      limits = next;
    },

    /**
     * Records an opening of a partner link that the site reported. Nothing is recorded (and the
     * caller is not told) for a code that does not exist, is disabled or belongs to another event,
     * for a repeated opening within the hour, or for a visitor over the limit.
     */
    async recordVisit(report: VisitReport): Promise<VisitDecision | 'ignored'> {
      if (!PARTNER_CODE_PATTERN.test(report.ref)) return 'ignored';
      const link = (await strapi.db.query(PARTNER_LINK_UID).findOne({
        where: { code: report.ref },
        select: ['code', 'active'],
        populate: { event: { select: ['documentId', 'slug'] } },
      })) as LinkRow | null;
      if (!link || link.active === false || !link.event || link.event.slug !== report.eventSlug) return 'ignored';
      const now = report.now ?? new Date();
      const visitor = visitorKey(visitorSecret(), report.address);
      const knex = knexOf(strapi);
      const table = TABLES.partnerVisits;
      const recent = (await knex(table)
        .where({ visitor })
        .andWhere('visited_at', '>', new Date(now.getTime() - Math.max(limits.repeatMs, limits.perVisitor.windowMs)))
        .select('code', 'visited_at')) as Array<{ code: string; visited_at: unknown }>;
      const at = (value: unknown) => toDate(value)?.getTime() ?? 0;
      const decision = decideVisit({
        openedRecently: recent.some((row) => row.code === link.code && at(row.visited_at) > now.getTime() - limits.repeatMs),
        countedInWindow: recent.filter((row) => at(row.visited_at) > now.getTime() - limits.perVisitor.windowMs).length,
      }, limits);
      if (decision !== 'count') return decision;
      await knex(table).insert({
        document_id: newDocumentId(randomBytes),
        code: link.code,
        event_document_id: link.event.documentId,
        visitor,
        visited_at: now,
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      return decision;
    },

    /** Every link of the event with its visits, registrations (not cancelled), attendance and conversion. */
    async stats(eventDocumentId: string): Promise<PartnerLinkStat[]> {
      const links = (await strapi.db.query(PARTNER_LINK_UID).findMany({
        where: { event: { documentId: eventDocumentId } },
        select: ['code', 'label', 'channel', 'active'],
      })) as LinkRow[];
      const unique = [...new Map(links.filter((link) => link.code).map((link) => [link.code, link])).values()];
      const codes = unique.map((link) => link.code);
      if (codes.length === 0) return [];
      const knex = knexOf(strapi);
      const active = () =>
        knex(TABLES.registrations).where({ event_document_id: eventDocumentId }).whereIn('ref_code', codes).whereNot('status', 'cancelled').groupBy('ref_code');
      const visits = countsByCode(
        (await knex(TABLES.partnerVisits).whereIn('code', codes).groupBy('code').select('code').count({ n: '*' })) as Array<{ code: string; n: number | string }>,
      );
      const registrations = countsByCode((await active().select({ code: 'ref_code' }).count({ n: '*' })) as Array<{ code: string; n: number | string }>);
      const attended = countsByCode((await active().whereNotNull('attended_at').select({ code: 'ref_code' }).count({ n: '*' })) as Array<{ code: string; n: number | string }>);
      return partnerStats(
        unique.map((link) => ({
          code: link.code,
          label: link.label,
          channel: channelOf(link.channel),
          active: link.active !== false,
          visits: visits.get(link.code) ?? 0,
          registrations: registrations.get(link.code) ?? 0,
          attended: attended.get(link.code) ?? 0,
        })),
      );
    },
  };
  return service;
};

export type PartnerLinksService = ReturnType<typeof partnerLinks>;
export default partnerLinks;
