/**
 * Who is reading, decided by the route Strapi matched and how it authenticated the request, never by
 * how the path is spelled (the router matches `/API/events`, `//api/events` and `/GRAPHQL` too).
 * Pure: the facts are read from the request by the caller.
 *
 * - `internal`: no request (jobs, bootstrap, the server's own work): no public rule applies;
 * - `admin`: an admin-panel route with a signed-in administrator or an admin token (their RBAC
 *   decides); an admin route reached without them reads as `anonymous`;
 * - `preview`: an API token on the REST find/findOne of a public content type: the site's preview of
 *   drafts (the token itself is scoped to those actions, see the app's site-cache);
 * - `attendee`: a signed-in visitor (users-permissions);
 * - `anonymous`: everything else, including an API token anywhere but the preview reads, GraphQL,
 *   plugin routes and routes without type: deny by default.
 */
import { isRecord } from '../../../../platform/server/src/kit';

export type ReadCaller = 'internal' | 'admin' | 'preview' | 'attendee' | 'anonymous';

/** Strapi 5 names its API-token strategy `content-api-token`. */
export const API_TOKEN_STRATEGY = 'content-api-token';
/** The admin panel's strategies: a signed-in administrator, an admin API token. */
const ADMIN_STRATEGIES = ['admin', 'admin-token'];

export interface ReadRequestFacts {
  /** Whether the read happens while serving a request. */
  inRequest: boolean;
  /** `ctx.state.route.info.type` of the matched route ('admin', 'content-api', ...). */
  routeType?: string | undefined;
  /** `ctx.state.route.handler` when it is a string (`api::event.event.find`); GraphQL has none. */
  routeHandler?: string | undefined;
  /** `ctx.state.auth.strategy.name`. */
  strategy?: string | undefined;
  /** Whether users-permissions set a user on the request. */
  hasUser: boolean;
}

/** The facts of `ctx.state` (or of no request: `undefined`). */
export function readRequestFacts(state: unknown, inRequest: boolean): ReadRequestFacts {
  if (!inRequest || !isRecord(state)) return { inRequest, hasUser: false };
  const route = isRecord(state.route) ? state.route : {};
  const info = isRecord(route.info) ? route.info : {};
  const auth = isRecord(state.auth) ? state.auth : {};
  const strategy = isRecord(auth.strategy) ? auth.strategy : {};
  const user = isRecord(state.user) ? state.user : undefined;
  return {
    inRequest,
    routeType: typeof info.type === 'string' ? info.type : undefined,
    routeHandler: typeof route.handler === 'string' ? route.handler : undefined,
    strategy: typeof strategy.name === 'string' ? strategy.name : undefined,
    hasUser: user !== undefined && typeof user.id === 'number',
  };
}

/** The content type and action of a core route handler (`api::event.event.findOne`), or null. */
export function coreActionOf(handler: string | undefined): { uid: string; action: string } | null {
  const match = /^((?:api|plugin)::[\w-]+\.[\w-]+)\.(\w+)$/.exec(handler ?? '');
  return match ? { uid: match[1]!, action: match[2]! } : null;
}

/** Who the reader is (see the module comment); `publicUids`: the content types the public may read. */
export function readCallerOf(facts: ReadRequestFacts, publicUids: readonly string[]): ReadCaller {
  if (!facts.inRequest) return 'internal';
  if (facts.routeType === 'admin') return ADMIN_STRATEGIES.includes(facts.strategy ?? '') ? 'admin' : 'anonymous';
  if (facts.strategy === API_TOKEN_STRATEGY) {
    const core = coreActionOf(facts.routeHandler);
    const previewRead = facts.routeType === 'content-api' && core !== null && publicUids.includes(core.uid) && (core.action === 'find' || core.action === 'findOne');
    return previewRead ? 'preview' : 'anonymous';
  }
  if (facts.hasUser && facts.strategy === 'users-permissions') return 'attendee';
  return 'anonymous';
}

/** Whether the public rules (published only, privacy, safe links) apply to this caller's reads. */
export const publicRulesApply = (caller: ReadCaller): boolean => caller === 'anonymous' || caller === 'attendee';
