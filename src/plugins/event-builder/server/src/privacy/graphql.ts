/**
 * The public GraphQL schema under the same rules as REST:
 * - deny by default: only the content types of the event space (PUBLIC_READ_UIDS) have queries;
 *   accounts, registrations, consents, codes, workflows and any type added later have none;
 * - every relation to an event, session, track, news item or ad, from any type or component, lists
 *   only what the viewer may see (GraphQL resolves relations with `db.query().load()`, where the
 *   document-service rules of public-reads.ts do not run), and relations never reach drafts;
 * - the recording link is withheld until the viewer may receive it and is no filter; unsafe links
 *   (`javascript:`...) are answered as null.
 */
import type { Core } from '@strapi/strapi';
import { isProtectedUid, isPublicReadUid, SESSION_UID } from '../constants';
import type { ViewerAccess } from '../../../../platform/server/src/kit';
import { publicUrl, withholdUnsafeBlockLinks, withholdUnsafeJsonLinks, type AttributeShape } from '../domain/public-urls';
import { urlRuleOf, type UrlRule } from '../domain/url-fields';
import { publicRulesApply } from '../domain/read-caller';
import { callerOf, viewerOf } from './public-reads';
import { getService } from '../get-service';
import { RECORDING_FIELD, visibilityFilter } from './service';
import { isRecord } from '../../../../platform/server/src/kit';

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type Middleware = (resolve: Resolver, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

interface ShadowCrud {
  disableQueries(): ShadowCrud;
  disableMutations(): ShadowCrud;
  field(name: string): { disableFilters(): unknown };
}
interface ExtensionService {
  shadowCRUD(uid: string): ShadowCrud;
  use(extension: { resolversConfig: Record<string, { middlewares: Middleware[] }> }): void;
}
interface NamingService {
  getTypeName(contentType: unknown): string;
}
interface Model {
  uid: string;
  attributes: Record<string, AttributeShape>;
}

const LOGICAL: Record<string, string> = { $and: 'and', $or: 'or', $not: 'not' };

/**
 * A document-service filter in the shape GraphQL arguments take before Strapi converts them: logical
 * operators by their GraphQL names; attribute operators (`$eq`, `$in`, `$null`) pass through as they are.
 */
export function toGraphqlFilters(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(toGraphqlFilters);
  if (!isRecord(filter)) return filter;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const logical = LOGICAL[key];
    if (logical) out[logical] = toGraphqlFilters(value);
    else out[key] = key.startsWith('$') ? value : toGraphqlFilters(value);
  }
  return out;
}

const stateOf = (context: unknown): unknown => (isRecord(context) ? context.state : undefined);

export function registerGraphqlRules(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as ExtensionService;
  const visibility = () => getService(strapi, 'visibility');

  // deny by default: no queries or mutations for what the public may not read
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (!isPublicReadUid(uid)) extension.shadowCRUD(uid).disableQueries().disableMutations();
  }
  // filtering by the link would reveal it to callers who may not read it (REST refuses it too)
  extension.shadowCRUD(SESSION_UID).field(RECORDING_FIELD).disableFilters();

  const naming = (graphql.service('utils') as { naming: NamingService }).naming;
  const resolversConfig: Record<string, { middlewares: Middleware[] }> = {};
  const add = (typeName: string, field: string, middleware: Middleware) => {
    const entry = (resolversConfig[`${typeName}.${field}`] ??= { middlewares: [] });
    entry.middlewares.push(middleware);
  };

  const accessOf = (state: unknown): Promise<ViewerAccess> => {
    const holder = (isRecord(state) ? state : {}) as { mmsoViewerAccess?: Promise<ViewerAccess> };
    holder.mmsoViewerAccess ??= visibility().accessOf(viewerOf(state));
    return holder.mmsoViewerAccess;
  };

  /** A relation from `ownerUid` to `target`: published only and, for protected targets, only what the viewer may see. */
  const relationRule = (ownerUid: string, target: string): Middleware => async (resolve, parent, args, context, info) => {
    const state = stateOf(context);
    if (!publicRulesApply(callerOf(state))) return resolve(parent, args, context, info);
    const next: Record<string, unknown> = { ...args, status: 'published' };
    if (isProtectedUid(target)) {
      const scope = toGraphqlFilters(visibilityFilter(target, await accessOf(state), visibility().nestedListing(ownerUid)));
      next.filters = args.filters === undefined || args.filters === null ? scope : { and: [args.filters, scope] };
    }
    return resolve(parent, next, context, info);
  };

  /** An organizer-typed URL: null when unsafe. */
  const urlRule = (rule: UrlRule, json: boolean): Middleware => async (resolve, parent, args, context, info) => {
    const value = await resolve(parent, args, context, info);
    if (!publicRulesApply(callerOf(stateOf(context)))) return value;
    return json ? withholdUnsafeJsonLinks(rule, value) : publicUrl(rule, value);
  };
  const blocksRule: Middleware = async (resolve, parent, args, context, info) => {
    const value = await resolve(parent, args, context, info);
    if (!publicRulesApply(callerOf(stateOf(context))) || value === null || value === undefined) return value;
    const copy: unknown = structuredClone(value);
    withholdUnsafeBlockLinks(copy);
    return copy;
  };

  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as Model[];
  for (const model of models) {
    if (model.uid.startsWith('admin::')) continue;
    const typeName = naming.getTypeName(model);
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (attribute.type === 'relation' && attribute.target && !attribute.target.startsWith('admin::')) {
        add(typeName, name, relationRule(model.uid, attribute.target));
        add(typeName, `${name}_connection`, relationRule(model.uid, attribute.target));
      }
      const rule = urlRuleOf(name, attribute);
      if (attribute.type === 'blocks') add(typeName, name, blocksRule);
      else if (rule) add(typeName, name, urlRule(rule, attribute.type === 'json'));
    }
  }

  // Top-level results are withheld by the public-reads middleware; a session reached another way
  // (a relation, its `localizations`) is not: the rule runs again on the field itself, wherever it resolves.
  const withholdRecording: Middleware = async (resolve, parent, args, context, info) => {
    const value = await resolve(parent, args, context, info);
    const state = stateOf(context);
    if (typeof value !== 'string' || value === '' || !publicRulesApply(callerOf(state))) return value;
    const id = isRecord(parent) ? parent.id : undefined;
    const session: Record<string, unknown> = { id, [RECORDING_FIELD]: value };
    await visibility().withholdRecordings(SESSION_UID, session, viewerOf(state), new Date());
    return session[RECORDING_FIELD];
  };
  const sessionModel = strapi.contentTypes[SESSION_UID];
  // the recording rule first, then the link check on what it lets through
  if (sessionModel) resolversConfig[`${naming.getTypeName(sessionModel)}.${RECORDING_FIELD}`]?.middlewares.unshift(withholdRecording);
  extension.use({ resolversConfig });
}
