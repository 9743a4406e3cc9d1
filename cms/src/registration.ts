/**
 * The contract of the registration plugin's public API (`/api/registration/...`): request bodies
 * (strict: the server parses requests with these very schemas) and responses (the server's answers are
 * checked against them by a unit test of the plugin). The rules of the form's answers are
 * `registration-form.ts`.
 */
import { z } from 'zod';
import { FIELD_TYPES, PROFILE_STATUSES } from './registration-form.js';

/**
 * registered: holds a seat; waitlisted: waits for one; cancelled: by the person or an organizer; pending: waits
 * for an organizer's approval (events in the manual-approval mode), no seat yet; rejected: the organizer said no.
 */
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled', 'pending', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

const isoDate = z.string().datetime({ offset: true });
const email = z.email().max(254);

// ---- requests ---------------------------------------------------------------------------------

/** POST /api/registration/auth/email-code -> 204 (429 when rate limited) */
export const emailCodeRequestSchema = z.strictObject({ email });
export type EmailCodeRequest = z.infer<typeof emailCodeRequestSchema>;

/** POST /api/registration/auth/verify -> 200 SignInResponse; a wrong or expired code -> 401 */
export const verifyRequestSchema = z.strictObject({
  email,
  code: z.string().regex(/^\d{6}$/),
  deviceId: z.string().min(1).max(100).optional(),
});
export type VerifyRequest = z.infer<typeof verifyRequestSchema>;

/** POST /api/registration/me/erase {code} -> 204; the code mailed by POST /api/registration/me/erase-code */
export const eraseRequestSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export type EraseRequest = z.infer<typeof eraseRequestSchema>;

const utmValue = z.string().trim().min(1).max(200);
export const utmSchema = z.strictObject({
  source: utmValue.optional(),
  medium: utmValue.optional(),
  campaign: utmValue.optional(),
  term: utmValue.optional(),
  content: utmValue.optional(),
});
export type Utm = z.infer<typeof utmSchema>;

export const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/**
 * POST /api/registration/events/:slug/registrations, as JSON or as multipart/form-data with this
 * JSON in the `data` part and each file in a `files.<field key>` part.
 */
export const registerRequestSchema = z.strictObject({
  answers: z.record(z.string().max(40), z.unknown()).default({}),
  consent: z.strictObject({ accepted: z.literal(true), version: z.number().int().min(1) }).optional(),
  ref: z
    .string()
    .regex(/^[A-Za-z0-9_-]{3,40}$/)
    .optional(),
  utm: utmSchema.optional(),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

/**
 * POST /api/registration/events/:slug/registrations/confirm: the code mailed after an anonymous
 * submission -> 201 ConfirmRegistrationResponse; a wrong code -> 401 (as the sign-in check), the
 * kept answers expired -> 410.
 */
export const confirmRegistrationRequestSchema = verifyRequestSchema;
export type ConfirmRegistrationRequest = z.infer<typeof confirmRegistrationRequestSchema>;

const name = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** PATCH /api/registration/me */
export const profilePatchSchema = z.strictObject({
  firstName: name.optional(),
  lastName: name.optional(),
  middleName: optionalText(100),
  phone: z.string().trim().max(30).nullable().optional(),
  status: z.enum(PROFILE_STATUSES).nullable().optional(),
  organization: optionalText(300),
  position: optionalText(200),
  city: optionalText(100),
});
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

// ---- responses --------------------------------------------------------------------------------

export const accountSchema = z.object({
  id: z.number(),
  email: z.string(),
  confirmed: z.boolean(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  middleName: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(PROFILE_STATUSES).nullable(),
  organization: z.string().nullable(),
  position: z.string().nullable(),
  city: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const signInResponseSchema = z.object({
  /** Short-lived access token (Bearer). */
  jwt: z.string(),
  /** For POST /api/auth/refresh {refreshToken}; null when Strapi runs legacy JWTs. */
  refreshToken: z.string().nullable(),
  user: accountSchema,
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const registrationEventSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  startsAt: isoDate.nullable(),
  endsAt: isoDate.nullable(),
});
export type RegistrationEvent = z.infer<typeof registrationEventSchema>;

export const registrationSchema = z.object({
  id: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  /** 1-based place in the waitlist; null when not waiting. */
  waitlistPosition: z.number().int().nullable(),
  event: registrationEventSchema.nullable(),
  createdAt: isoDate,
  promotedAt: isoDate.nullable(),
  cancelledAt: isoDate.nullable(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const formFieldSchema = z.object({
  key: z.string(),
  type: z.enum(FIELD_TYPES),
  label: z.string(),
  placeholder: z.string().nullable(),
  help: z.string().nullable(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  /** profile: kept in the account (asked once); event: this event's own question. */
  source: z.enum(['profile', 'event']),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const registrationFormSchema = z.object({
  event: registrationEventSchema.extend({ privacy: z.enum(['public', 'link', 'invite', 'closed']) }),
  registration: z.object({
    open: z.boolean(),
    reason: z.enum(['disabled', 'not-yet', 'closed', 'ended']).nullable(),
    message: z.string().nullable(),
    opensAt: isoDate.nullable(),
    closesAt: isoDate.nullable(),
    capacity: z.number().int().nullable(),
    seatsLeft: z.number().int().nullable(),
    waitlistEnabled: z.boolean(),
  }),
  fields: z.array(formFieldSchema),
  /** File answers: the size limit in bytes and the accepted kinds (checked by content on the server). */
  files: z.object({
    maxBytes: z.number().int().positive(),
    types: z.array(z.object({ kind: z.string(), mime: z.string(), extensions: z.array(z.string()) })),
  }),
  /** Keys of the required fields the caller still has to fill ("Хочу пойти" when empty and the consent is accepted). */
  missing: z.array(z.string()),
  consent: z.object({ version: z.number().int(), title: z.string(), body: z.string(), accepted: z.boolean() }).nullable(),
  myRegistration: registrationSchema.nullable(),
});
export type RegistrationForm = z.infer<typeof registrationFormSchema>;

/**
 * 201 (created) or 200 (the existing registration, on a repeat). `pending`: the event's organizers approve
 * registrations by hand and this one waits for them (no seat yet); `rejected` (a repeat only): they said no.
 * Not to be confused with the anonymous submission's answer (`registerPendingResponseSchema`, which has an `email`).
 */
export const registerResponseSchema = z.object({
  status: z.enum(['registered', 'waitlisted', 'pending', 'rejected']),
  waitlistPosition: z.number().int().nullable(),
  created: z.boolean(),
  /** An account was created from the answers; a sign-in code was mailed. */
  accountCreated: z.boolean(),
  registration: registrationSchema,
});
export type RegisterResponse = z.infer<typeof registerResponseSchema>;

/** 202: an anonymous submission is kept until the code mailed to `email` is entered (the same answer whatever the address). */
export const registerPendingResponseSchema = z.object({
  status: z.literal('pending'),
  email: z.string(),
  expiresAt: isoDate,
  message: z.string(),
});
export type RegisterPendingResponse = z.infer<typeof registerPendingResponseSchema>;

/** What POST .../registrations answers: a registration (signed in) or a pending submission (anonymous). */
export const registerAnswerSchema = z.union([registerResponseSchema, registerPendingResponseSchema]);
export type RegisterAnswer = z.infer<typeof registerAnswerSchema>;

/** 201 (or 200 when the address was registered already): the registration and a session for the confirmed address. */
export const confirmRegistrationResponseSchema = registerResponseSchema.extend(signInResponseSchema.shape);
export type ConfirmRegistrationResponse = z.infer<typeof confirmRegistrationResponseSchema>;

export const cancelResponseSchema = z.object({ status: z.literal('cancelled'), registration: registrationSchema, event: registrationEventSchema });
export type CancelResponse = z.infer<typeof cancelResponseSchema>;

export const meResponseSchema = z.object({ user: accountSchema, registrations: z.array(registrationSchema) });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const meUpdateResponseSchema = z.object({ user: accountSchema });

/** Registration's part of the export of my data: the account, profile, registrations, consents, sign-in codes. */
export const myRegistrationDataSchema = z.object({
  account: z.object({ id: z.number(), email: z.string(), username: z.string(), confirmed: z.boolean(), createdAt: isoDate.nullable() }),
  profile: accountSchema.omit({ id: true, confirmed: true }),
  registrations: z.array(
    z.object({
      id: z.string(),
      event: z.object({ documentId: z.string(), slug: z.string().optional(), title: z.string().optional() }),
      status: z.enum(REGISTRATION_STATUSES),
      waitlistPosition: z.number().int().nullable(),
      answers: z.record(z.string(), z.union([answerValueSchema, z.object({ file: z.string(), name: z.string(), mime: z.string(), size: z.number() })])),
      ref: z.string().nullable(),
      utm: utmSchema.nullable(),
      createdAt: isoDate,
      promotedAt: isoDate.nullable(),
      cancelledAt: isoDate.nullable(),
      /** When the current registration was made; when the person was marked as attended (null: not marked). */
      registeredAt: isoDate.nullable(),
      attendedAt: isoDate.nullable(),
    }),
  ),
  consents: z.array(
    z.object({
      textVersion: z.number().int(),
      acceptedAt: isoDate.nullable(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      eventDocumentId: z.string().nullable(),
      withdrawnAt: isoDate.nullable(),
    }),
  ),
  signInCodes: z.array(z.object({ sentAt: isoDate.nullable(), usedAt: isoDate.nullable() })),
  /** Consents to news and invitations (the audience base's segments select by them). */
  marketingConsents: z.array(z.object({ givenAt: isoDate.nullable(), withdrawnAt: isoDate.nullable() })).optional(),
});

/**
 * All my data (GET /api/registration/me/export): one part per module of the platform's personal-data
 * registry, keyed by the module's name; registration's part is typed here, later modules' parts are kept as sent.
 */
export const myDataExportSchema = z.looseObject({
  exportedAt: isoDate,
  registration: myRegistrationDataSchema,
});
export type MyDataExport = z.infer<typeof myDataExportSchema>;

/**
 * GET /api/registration/me/registrations/:id/checkin -> 200: the personal code of my registration `id` (its
 * document id) shown at the door: the text and the QR code as a PNG data URL. Only for a registration that
 * holds a seat (404 otherwise, and for anyone else's).
 */
export const checkinCodeResponseSchema = z.object({
  code: z.string().min(1),
  image: z.string().startsWith('data:image/png;base64,'),
});
export type CheckinCodeResponse = z.infer<typeof checkinCodeResponseSchema>;

/** `error.details` of a 400: every wrong field with its path, e.g. ["answers", "phone"]. */
export const fieldErrorsSchema = z.object({ errors: z.array(z.object({ path: z.array(z.string()), message: z.string() })) });
