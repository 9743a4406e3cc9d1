/**
 * The contract of the organizers' actions on registrations and of the check-in at the door (admin API of
 * the registration plugin, admin JWT, the event's organizers at the manager level or above):
 *
 * - `POST /registration/events/:eventDocumentId/registrants/actions` RegistrantActionRequest -> 200 RegistrantActionResponse
 *   (one result per registration, in the request's order; a registration of another event is `not-found`)
 * - `POST /registration/events/:eventDocumentId/registrants` AddRegistrantRequest -> 201 RegistrantRow
 * - `POST /registration/events/:eventDocumentId/checkin` CheckInRequest -> 200 CheckInResponse; a code that is
 *   not ours, or names a registration of another event -> 404
 * - `GET /registration/events/:eventDocumentId/checkin/search?q=` -> 200 CheckInSearchResponse (at most 20 rows)
 *
 * Every action that changes a registration is written to the registration's action log (who, what, when, which).
 */
import { z } from 'zod';
import { registrantRowSchema } from './registrants.js';

export const REGISTRANT_ACTIONS = ['cancel', 'attend', 'unattend', 'resend-confirmation', 'approve', 'reject'] as const;
export type RegistrantAction = (typeof REGISTRANT_ACTIONS)[number];

/** At most this many registrations in one action request. */
export const MAX_ACTION_IDS = 500;

export const registrantActionRequestSchema = z.strictObject({
  action: z.enum(REGISTRANT_ACTIONS),
  registrationIds: z.array(z.number().int().positive()).min(1).max(MAX_ACTION_IDS),
});
export type RegistrantActionRequest = z.infer<typeof registrantActionRequestSchema>;

/**
 * Why an action was not done on one registration: it is not of this event (or does not exist); its person
 * erased the account; it holds no seat (attendance is marked for a seat only); it
 * does not wait for approval (approve, reject); the event is full and has no waitlist (approve).
 */
export const ACTION_REFUSALS = ['not-found', 'erased', 'not-seated', 'not-pending', 'full', 'no-confirmation'] as const;
export type ActionRefusal = (typeof ACTION_REFUSALS)[number];

export const registrantActionResultSchema = z.strictObject({
  id: z.number().int(),
  ok: z.boolean(),
  /** ok but nothing changed (e.g. marked attended already): nothing is logged or announced. */
  changed: z.boolean(),
  error: z.strictObject({ code: z.enum(ACTION_REFUSALS), message: z.string() }).optional(),
});
export type RegistrantActionResult = z.infer<typeof registrantActionResultSchema>;

export const registrantActionResponseSchema = z.strictObject({ results: z.array(registrantActionResultSchema) });
export type RegistrantActionResponse = z.infer<typeof registrantActionResponseSchema>;

const name = z.string().trim().min(1).max(100);

/**
 * A registration made by an organizer on someone's behalf: an account is created for a new address. The
 * answers are checked by the event's form as the site checks them (profile fields among them: the names
 * may come here or in `answers`); the seat rules apply (full: the waitlist, or 409 without one) unless
 * `overCapacity` seats the person beyond the capacity (an explicit override, logged as such).
 */
export const addRegistrantRequestSchema = z.strictObject({
  email: z.email().max(254),
  firstName: name.optional(),
  lastName: name.optional(),
  answers: z.record(z.string().max(40), z.unknown()).optional(),
  overCapacity: z.boolean().optional(),
});
export type AddRegistrantRequest = z.infer<typeof addRegistrantRequestSchema>;

export const CHECKIN_OUTCOMES = ['checked-in', 'already-checked-in', 'cancelled', 'waitlisted', 'pending', 'rejected'] as const;
export type CheckInOutcome = (typeof CHECKIN_OUTCOMES)[number];

/** A scanned code (the QR code's text) or, for a manual check-in after a search, the registration's id. */
export const checkInRequestSchema = z.union([
  z.strictObject({ code: z.string().trim().min(1).max(200) }),
  z.strictObject({ registrationId: z.number().int().positive() }),
]);
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

export const checkInResponseSchema = z.strictObject({
  outcome: z.enum(CHECKIN_OUTCOMES),
  registrant: registrantRowSchema,
  /** The first check-in's time: on 'checked-in' now, on 'already-checked-in' the earlier scan's. */
  firstCheckInAt: z.string().datetime({ offset: true }).optional(),
});
export type CheckInResponse = z.infer<typeof checkInResponseSchema>;

export const CHECKIN_SEARCH_LIMIT = 20;

export const checkInSearchResponseSchema = z.strictObject({ results: z.array(registrantRowSchema).max(CHECKIN_SEARCH_LIMIT) });
export type CheckInSearchResponse = z.infer<typeof checkInSearchResponseSchema>;
