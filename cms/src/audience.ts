/**
 * The contract of the audience base (registration plugin, admin JWT): everyone who ever registered
 * (the client administrator) or the people of the organizer's events (event administrators and
 * managers), filtered by segment criteria; saved segments (`plugin::registration.segment`).
 *
 * - `GET /registration/audience?page=&pageSize=&q=&<criteria>` -> 200 AudiencePage (one access-log entry)
 * - `GET /registration/segments` -> 200 { results: Segment[] }; `POST /registration/segments` { name, description?, criteria } -> 201 Segment
 * - `GET|PUT|DELETE /registration/segments/:id`; `GET /registration/segments/:id/people?page=` -> 200 AudiencePage (logged)
 *
 * Criteria combine with AND; inside one criterion the values are alternatives (any of them).
 */
import { z } from 'zod';
import { REGISTRANT_SOURCES } from './registrants.js';
import { PROFILE_STATUSES } from './registration-form.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ids = z.array(z.string().regex(/^[a-z0-9]{1,64}$/)).max(100);

export const segmentCriteriaSchema = z.strictObject({
  /** Registered (not cancelled) for any of these events (document ids). */
  registeredFor: ids.optional(),
  /** Attended any of these events. */
  attended: ids.optional(),
  /** Registered for an event with any of these tags (slugs). */
  eventTags: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** Profile status is one of these. */
  statuses: z.array(z.enum(PROFILE_STATUSES)).max(PROFILE_STATUSES.length).optional(),
  /** Profile city is one of these (ignoring case). */
  cities: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** A registration came through one of these sources. */
  sources: z.array(z.enum(REGISTRANT_SOURCES)).max(REGISTRANT_SOURCES.length).optional(),
  /** A registration made on or after this day / on or before this day (whole days in Moscow time). */
  registeredFrom: day.optional(),
  registeredTo: day.optional(),
  /** Agreed to news and invitations (true) or not (false). */
  marketingConsent: z.boolean().optional(),
});
export type SegmentCriteria = z.infer<typeof segmentCriteriaSchema>;

export const segmentInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).nullable().optional(),
  criteria: segmentCriteriaSchema,
});
export type SegmentInput = z.infer<typeof segmentInputSchema>;

export const segmentSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  criteria: segmentCriteriaSchema,
  ownerId: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const audiencePersonSchema = z.strictObject({
  userId: z.number().int(),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  status: z.string().nullable(),
  city: z.string().nullable(),
  /** Registrations in the events the reader may see (any status). */
  registrations: z.number().int().min(0),
  attended: z.number().int().min(0),
  lastRegisteredAt: z.string().nullable(),
});
export type AudiencePerson = z.infer<typeof audiencePersonSchema>;

export const audiencePageSchema = z.strictObject({
  results: z.array(audiencePersonSchema),
  pagination: z.strictObject({ page: z.number().int().min(1), pageSize: z.number().int().min(1), total: z.number().int().min(0) }),
});
export type AudiencePage = z.infer<typeof audiencePageSchema>;
