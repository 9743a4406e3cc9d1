import { emailCodeSchema } from '#shared/utils/auth';

/**
 * Step 1 of signing in: the registration plugin mails a one-time code (204). Its limits (codes per
 * address and per visitor) come back as a 429 the page shows as "try again later".
 */
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, (raw) => {
    const parsed = emailCodeSchema.safeParse(raw);
    if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'email' });
    return parsed.data;
  });
  markPrivate(event);
  await registrationRequest(event, { path: '/api/registration/auth/email-code', method: 'POST', body, anonymous: true }, null);
  setResponseStatus(event, 204);
  return null;
});
