/**
 * Request bodies of the public API, strict (an unknown field is an error): one definition, the
 * contract the site and other clients read too (`cms/src/registration.ts`), compiled into the server
 * by relative path as config/admin.ts does with preview tokens.
 */
import type { z } from 'zod';
import { registerRequestSchema } from '../../../../../cms/src/registration';

export {
  confirmRegistrationRequestSchema as confirmBodySchema,
  emailCodeRequestSchema as emailCodeBodySchema,
  eraseRequestSchema as eraseBodySchema,
  profilePatchSchema,
  registerRequestSchema as registerBodySchema,
  utmSchema,
  verifyRequestSchema as verifyBodySchema,
  type ProfilePatch,
  type Utm,
} from '../../../../../cms/src/registration';

/** A registration request as parsed (answers defaulted to `{}`). */
export type RegisterBody = z.output<typeof registerRequestSchema>;
