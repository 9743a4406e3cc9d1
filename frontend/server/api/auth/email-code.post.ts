import { z } from 'zod';
import { emailCodeSchema } from '#shared/utils/auth';

/** Step 1 of signing in: the registration plugin mails a one-time code (204). */
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, (raw) => {
    const parsed = emailCodeSchema.safeParse(raw);
    if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'email' });
    return parsed.data;
  });
  markPrivate(event);
  try {
    await strapiRequest(event, { path: '/api/registration/auth/email-code', method: 'POST', body }, z.unknown());
  } catch (error) {
    cmsFailure(error, 'sign-in code');
  }
  setResponseStatus(event, 204);
  return null;
});
