import { z } from 'zod';
import { verifyCodeSchema } from '#shared/utils/auth';

const answerSchema = z.object({
  jwt: z.string().min(10),
  refreshToken: z.string().nullable().optional(),
  user: z.object({ email: z.string().nullable().optional() }),
});

/**
 * Step 2: the code is exchanged for the visitor's JWT, kept in an httpOnly cookie (never shown to
 * scripts). A wrong or expired code is the API's 401, too many tries its 429.
 */
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, (raw) => {
    const parsed = verifyCodeSchema.safeParse(raw);
    if (!parsed.success) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'code' });
    return parsed.data;
  });
  markPrivate(event);
  // anonymous: a wrong code must not end a session the visitor may still have
  const answer = await registrationData(event, { path: '/api/registration/auth/verify', method: 'POST', body, anonymous: true }, answerSchema);
  startViewerSession(event, answer.jwt, answer.refreshToken);
  return { signedIn: true, email: answer.user.email ?? body.email };
});
