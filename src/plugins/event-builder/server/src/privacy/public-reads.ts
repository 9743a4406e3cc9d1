/**
 * The rules of every public read, as one document-service middleware: only published content, only
 * what the viewer's privacy access allows (in lists, single reads, filters and populate), a session's
 * recording link only for who may receive it now (domain/recordings.ts), and no unsafe link.
 * Who reads is decided by the matched route and its authentication (domain/read-caller.ts), not by the
 * path: REST, GraphQL and plugin routes all go through the rules; only admin routes, the server's own
 * work and the site's preview token on the REST reads of the event space are left to their own rules.
 */
import type { Core } from '@strapi/strapi';
import { EVENT_UID, isProtectedUid, PUBLIC_READ_UIDS, SESSION_UID } from '../constants';
import { isRecord, type ViewerAccess } from '../../../../platform/server/src/kit';
import { publicRulesApply, readCallerOf, readRequestFacts, type ReadCaller } from '../domain/read-caller';
import { getService } from '../get-service';
import { pinsOne, refuseRecordingSort, visibilityFilter, type Listing, type Viewer } from './service';

const READ_ACTIONS = ['findMany', 'findFirst', 'findOne', 'count'];

interface RequestState {
  user?: { id?: number; email?: string };
  mmsoViewerAccess?: Promise<ViewerAccess>;
}

type Params = { status?: string; filters?: unknown; populate?: unknown; sort?: unknown };

/** Who reads in the request `state` (undefined: not in a request). */
export const callerOf = (state: unknown, inRequest = state !== undefined): ReadCaller =>
  readCallerOf(readRequestFacts(state, inRequest), PUBLIC_READ_UIDS);

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
  const visibility = () => getService(strapi, 'visibility');

  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.includes(context.action)) return next();
    const ctx = strapi.requestContext.get();
    if (!ctx || !publicRulesApply(callerOf(ctx.state, true))) return next();
    const state = ctx.state as RequestState;

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
    visibility().withholdUnsafeLinks(context.uid, result);
    return result;
  });
}
