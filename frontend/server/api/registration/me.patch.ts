import { meUpdateResponseSchema, profilePatchSchema, type Account } from 'cms';

/** Saves the visitor's profile (name, phone, status, organization ...); the fields the API refuses are named. */
export default defineEventHandler(async (event): Promise<{ user: Account }> => {
  requireViewer(event);
  const parsed = profilePatchSchema.safeParse((await readBody(event)) ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw createError({
      statusCode: 400,
      statusMessage: 'Bad Request',
      data: { message: errors.map((issue) => issue.message).join('; '), reason: 'invalid', details: { errors } } satisfies RegistrationErrorData,
    });
  }
  return registrationData(event, { method: 'PATCH', path: '/api/registration/me', body: parsed.data }, meUpdateResponseSchema);
});
