/**
 * The contract of partner-link statistics (registration plugin):
 *
 * - `POST /api/registration/partner-links/visits` { eventSlug, ref } -> 202, no body. Called by the site's
 *   server only: the call must carry the visitor's address signed with the site's proxy secret
 *   (visitor-address.ts), anything else is a 403. An unknown or disabled code, or a code of another
 *   event, is accepted and ignored (the answer never tells which codes exist); a visitor who opens links
 *   too often is accepted and not counted.
 * - `GET /registration/events/:eventDocumentId/partner-links` (admin JWT, the event's organizers) -> 200
 *   PartnerLinkStats; `.../partner-links/export?delimiter=%3B` -> the same as CSV.
 */
import { z } from 'zod';

/** A partner link's code as registrations carry it (`?ref=`). */
export const PARTNER_CODE_PATTERN = /^[A-Za-z0-9_-]{3,40}$/;

export const partnerVisitRequestSchema = z.strictObject({
  eventSlug: z.string().min(1).max(250),
  ref: z.string().max(40),
});
export type PartnerVisitRequest = z.infer<typeof partnerVisitRequestSchema>;

export const PARTNER_CHANNELS = ['partner', 'email', 'social', 'messenger', 'ads', 'offline', 'other'] as const;

export const partnerLinkStatSchema = z.strictObject({
  code: z.string(),
  /** The link's label as the organizer named it. */
  name: z.string(),
  channel: z.enum(PARTNER_CHANNELS),
  active: z.boolean(),
  /** Openings of the link recorded by the site (repeated openings by one visitor within the hour count once). */
  visits: z.number().int().min(0),
  /** Registrations made through the link that are not cancelled (registered or waitlisted). */
  registrations: z.number().int().min(0),
  /** Of these, people marked as attended. */
  attended: z.number().int().min(0),
  /** registrations / visits (0..n, four decimals); null without visits. */
  conversion: z.number().min(0).nullable(),
});
export type PartnerLinkStat = z.infer<typeof partnerLinkStatSchema>;

export const partnerLinkStatsSchema = z.strictObject({ results: z.array(partnerLinkStatSchema) });
export type PartnerLinkStats = z.infer<typeof partnerLinkStatsSchema>;
