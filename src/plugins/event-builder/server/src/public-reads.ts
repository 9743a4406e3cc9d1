/**
 * The rules of every public read, as one document-service middleware: only published content, only
 * what the viewer's privacy access allows (in lists, single reads, filters and populate), and a
 * session's recording link only for who may receive it now (domain/recordings.ts).
 * REST and GraphQL top-level queries both go through it; a server-side API token (the site's
 * draft preview) is trusted and passes.
 */
import type { Core } from '@strapi/strapi';
import { isProtectedUid, isPublicApiPath, SESSION_UID, EVENT_UID } from './constants';
import type { ViewerAccess } from './domain/privacy';
import { pinsOne, refuseRecordingSort, visibilityFilter, type Listing, type VisibilityService, type Viewer } from './services/visibility';

const READ_ACTIONS = ['findMany', 'findFirst', 'findOne', 'count'];
/** Strapi 5 names its API-token strategy `content-api-token`. */
const TRUSTED_STRATEGIES = ['content-api-token'];

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: { id?: number; email?: string };
  mmsoViewerAccess?: Promise<ViewerAccess>;
}

type Params = { status?: string; filters?: unknown; populate?: unknown; sort?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether the request carries an API token issued by an administrator (trusted: the site's preview). */
export const isTrustedCaller = (state: unknown): boolean =>
  isRecord(state) && TRUSTED_STRATEGIES.includes((state as RequestState).auth?.strategy?.name ?? '');

/** The signed-in attendee of a request (users-permissions), or null. */
export function viewerOf(state: unknown): Viewer | null {
  const user = isRecord(state) ? (state as RequestState).user : undefined;
  return user?.id && user.email ? { id: user.id, email: user.email } : null;
}

/** Whether a top-level query lists things or reaches one by its identifier (by-link items are allowed then). */
export function listingOf(uid: string, action: string, filters: unknown): Listing {
  if (action === 'findOne') return { event: false, session: false };
  const relation = isRecord(filters) ? filters.event : undefined;
  if (uid === EVENT_UID) {
    const one = pinsOne(filters);
    return { event: !one, session: true };
  }
  if (uid === SESSION_UID) return { event: !pinsOne(relation), session: !pinsOne(filters, ['documentId']) };
  return { event: !pinsOne(relation), session: true };
}

export function registerPublicReads(strapi: Core.Strapi): void {
  const visibility = () => strapi.plugin('event-builder').service('visibility') as VisibilityService;

  strapi.documents.use(async (context, next) => {
    const ctx = strapi.requestContext.get();
    if (!ctx || !isPublicApiPath(ctx.path) || !READ_ACTIONS.includes(context.action)) return next();
    const state = ctx.state as RequestState;
    // API tokens are issued by administrators to trusted servers (the site's preview)
    if (isTrustedCaller(state)) return next();

    const params = context.params as Params;
    // drafts never reach the public: the content API would answer ?status=draft with drafts
    params.status = 'published';

    const viewer = viewerOf(state);
    state.mmsoViewerAccess ??= visibility().accessOf(viewer);
    const access = await state.mmsoViewerAccess;

    const original = params.filters;
    refuseRecordingSort(context.uid, params.sort);
    if (params.populate !== undefined) params.populate = visibility().scopePopulate(context.uid, params.populate, access);
    if (params.filters !== undefined) params.filters = visibility().scopeFilters(context.uid, params.filters, access);
    if (isProtectedUid(context.uid)) {
      const scope = visibilityFilter(context.uid, access, listingOf(context.uid, context.action, original));
      params.filters = params.filters === undefined ? scope : { $and: [params.filters, scope] };
    }
    const result = await next();
    // the clock of the rule is the server's: a recording opens when the session has really ended
    await visibility().withholdRecordings(context.uid, result, viewer, new Date());
    return result;
  });
}
