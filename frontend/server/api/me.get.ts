import { z } from 'zod';
import type { ViewerInfo } from '#shared/types/site';

const meSchema = z.object({ id: z.number(), email: z.string().nullable().optional() });

/** Whether the visitor is signed in (their JWT stays in the httpOnly cookie, never in the answer). */
export default defineEventHandler(async (event): Promise<ViewerInfo> => {
  markPrivate(event);
  if (!isSignedIn(event)) return { signedIn: false };
  try {
    const me = await strapiRequest(event, { path: '/api/users/me', as: 'viewer' }, meSchema.nullable().catch(null));
    if (!me || event.context.viewerSignedOut) return { signedIn: false };
    return { signedIn: true, email: me.email ?? null };
  } catch (error) {
    cmsFailure(error, 'current user');
  }
});
