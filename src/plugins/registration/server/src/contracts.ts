/**
 * Request bodies of the public API, strict (an unknown field is an error). The site's copies of these
 * shapes live in `cms/src/registration.ts`; a unit test keeps the two in step.
 */
import { z } from 'zod';
import { PROFILE_STATUSES } from './domain/form';

export const emailSchema = z.email().max(254);

export const emailCodeBodySchema = z.strictObject({ email: emailSchema });

export const verifyBodySchema = z.strictObject({
  email: emailSchema,
  code: z.string().regex(/^\d{6}$/, 'Код из 6 цифр'),
  /** Lets a client keep one session per device (users-permissions sessions). */
  deviceId: z.string().min(1).max(100).optional(),
});

export const REF_PATTERN = /^[A-Za-z0-9_-]{3,40}$/;

const utmValue = z.string().trim().min(1).max(200);
export const utmSchema = z.strictObject({
  source: utmValue.optional(),
  medium: utmValue.optional(),
  campaign: utmValue.optional(),
  term: utmValue.optional(),
  content: utmValue.optional(),
});
export type Utm = z.infer<typeof utmSchema>;

export const registerBodySchema = z.strictObject({
  /** Answers by field key; files go as multipart parts `files.<key>`. */
  answers: z.record(z.string().max(40), z.unknown()).default({}),
  /** Acceptance of the current consent text; may be left out when the user accepted it before. */
  consent: z.strictObject({ accepted: z.literal(true), version: z.number().int().min(1) }).optional(),
  /** Partner link code the visitor came with (first touch). */
  ref: z.string().regex(REF_PATTERN, 'Код ссылки: 3–40 латинских букв, цифр, _ или -').optional(),
  utm: utmSchema.optional(),
});
export type RegisterBody = z.infer<typeof registerBodySchema>;

const name = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

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
