import { confirmRegistrationRequestSchema, confirmRegistrationResponseSchema, type RegisterResponse } from 'cms';

const bodySchema = confirmRegistrationRequestSchema.pick({ email: true, code: true });

/**
 * The code mailed after an anonymous submission: the API makes the registration for the now
 * confirmed address and opens a session, kept in the httpOnly cookie as after a sign-in (the
 * tokens never reach the page). A wrong code is the API's 401, expired answers its 410.
 */
export default defineEventHandler(async (event): Promise<RegisterResponse> => {
  const slug = routeParam(event, 'slug', SLUG);
  markPrivate(event);
  const body = await readValidatedBody(event, (raw) => {
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'code' });
    return parsed.data;
  });
  // anonymous: a wrong code must not end a session the visitor may still have
  const answer = await registrationData(
    event,
    { method: 'POST', path: `${registrationEventPath(slug)}/registrations/confirm`, body, anonymous: true },
    confirmRegistrationResponseSchema,
  );
  startViewerSession(event, answer.jwt, answer.refreshToken);
  const { jwt: _jwt, refreshToken: _refresh, user: _user, ...registration } = answer;
  setResponseStatus(event, answer.created ? 201 : 200);
  return registration;
});
