/**
 * Route guards added to the content manager's (and i18n's) admin routes, for what Strapi's RBAC
 * leaves open:
 *
 * - a write that changes a field the user may not change is refused (403) instead of having the
 *   field silently dropped, so "a manager changes the event's privacy" fails visibly;
 * - the routes that read entries by id without Strapi checking the RBAC conditions on them (bulk
 *   validation, draft-relation counts, clone sources, the preview link, i18n's non-localized fields
 *   and fill-from-locale) check them on each entry, as the single-entry routes do.
 *
 * Added in `register`, before Strapi builds its routes. Super Admins and client administrators pass.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { comparableTypeOf, relationOps, valueChanged, type RelationRef } from '../domain/organizer-writes';
import { hasAllAccess } from '../domain/roles';
import { roleCodesOf, type AdminActor } from './actor';

interface PermissionChecker {
  can: ((action: string, entity?: unknown, field?: string) => boolean) & Record<'read' | 'create' | 'update', (entity?: unknown, field?: string) => boolean>;
  cannot: Record<'read' | 'update', (entity?: unknown, field?: string) => boolean>;
  requiresEntity: Record<'read' | 'update', () => boolean>;
  sanitizedQuery: Record<'read' | 'update', (query: unknown) => Promise<Record<string, unknown>>>;
}

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

type PopulateBuilder = (uid: string) => { populateFromQuery(query: unknown): { build(): Promise<Record<string, unknown> | undefined> } };

interface GuardState {
  user?: AdminActor;
  userAbility?: unknown;
}

interface AttributeLike {
  type: string;
}

interface RouteLike {
  handler?: unknown;
  config?: { middlewares?: Array<string | Core.MiddlewareHandler> };
}

interface RouterLike {
  routes?: RouteLike[];
}

type Guard = (strapi: Core.Strapi) => Core.MiddlewareHandler;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const stringList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).filter((item): item is string => typeof item === 'string' && item !== '');

/** Helpers bound to one request: the user's permission checker on a model and entry loading with what conditions need. */
function requestTools(strapi: Core.Strapi, state: GuardState, model: string) {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService).create({ userAbility: state.userAbility, model });
  const populateBuilder = strapi.plugin('content-manager').service('populate-builder') as PopulateBuilder;
  const populateFor = async (action: 'read' | 'update', query: unknown) =>
    (await populateBuilder(model).populateFromQuery(await checker.sanitizedQuery[action](query)).build()) ?? {};
  return { checker, populateFor };
}

/** Whether the request's user is limited at all (Super Admins and client administrators are not). */
const isLimited = (state: GuardState) => Boolean(state.user) && !hasAllAccess(roleCodesOf(state.user ?? { roles: [] }));

const modelAttributes = (strapi: Core.Strapi, model: string): Record<string, AttributeLike> | null => {
  const schema = strapi.contentTypes[model as keyof typeof strapi.contentTypes] as { attributes?: Record<string, AttributeLike> } | undefined;
  return schema?.attributes ?? null;
};

interface AdminContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

/** Attributes that field-level permissions govern (not locale, timestamps, creator ...). */
const governedFields = (strapi: Core.Strapi, model: string): Set<string> => {
  const service = strapi.service('admin::content-type') as unknown as AdminContentTypeService;
  const fields = service.getNestedFields(strapi.contentTypes[model as keyof typeof strapi.contentTypes], { components: strapi.components });
  return new Set(fields.map((field) => field.split('.')[0] ?? field));
};

const refused = (fields: string[]) =>
  new errors.PolicyError(`Недостаточно прав, чтобы изменить: ${fields.join(', ')}`, { fields });

/** Create, update and publish of one entry: no change to a field the user may not write. */
const fieldGuard: Guard = (strapi) => async (ctx, next) => {
  const state = ctx.state as GuardState;
  const model = String(ctx.params?.model ?? '');
  const attributes = modelAttributes(strapi, model);
  const body = (ctx.request as { body?: unknown }).body;
  if (!isLimited(state) || !attributes || !isRecord(body)) return next();
  const { checker, populateFor } = requestTools(strapi, state, model);
  const governed = governedFields(strapi, model);
  const keys = Object.keys(body).filter((key) => governed.has(key) && attributes[key] && comparableTypeOf(attributes[key].type) !== null);
  const documentId = typeof ctx.params?.id === 'string' ? ctx.params.id : null;
  const denied: string[] = [];

  if (!documentId) {
    // a new entry: nothing may be set in a field the user may not create
    for (const key of keys) {
      if (checker.can.create(undefined, key)) continue;
      const value = body[key];
      const ops = attributes[key]?.type === 'relation' ? relationOps(value) : null;
      const empty = value === undefined || value === null || value === '' || (ops !== null && ops.connect.length === 0 && (ops.set ?? []).length === 0);
      if (!empty) denied.push(key);
    }
  } else {
    if (checker.cannot.update()) return next(); // the content manager answers 403 itself
    const query = isRecord(ctx.query) ? ctx.query : {};
    const locale = typeof body.locale === 'string' ? body.locale : typeof query.locale === 'string' ? query.locale : undefined;
    const populate = await populateFor('update', query);
    for (const key of keys) if (attributes[key]?.type === 'relation' && populate[key] === undefined) populate[key] = { fields: ['documentId'] };
    const entity = (await strapi.documents(model as Parameters<typeof strapi.documents>[0]).findOne({
      documentId,
      ...(locale ? { locale } : {}),
      status: 'draft',
      populate,
    } as never)) as Record<string, unknown> | null;
    for (const key of keys) {
      if (checker.can.update(entity ?? undefined, key)) continue;
      const type = comparableTypeOf(attributes[key]?.type ?? '');
      const current = entity?.[key];
      const currentValue = type === 'relation' ? (Array.isArray(current) ? current : current ? [current] : []).filter(isRecord).map((row) => ({ id: row.id, documentId: row.documentId }) as RelationRef) : current;
      if (type && valueChanged(type, body[key], currentValue)) denied.push(key);
    }
  }
  if (denied.length > 0) throw refused(denied);
  return next();
};

/** Routes that read entries named in the request: every one must pass the user's read conditions. */
const readGuard =
  (locate: (ctx: Parameters<Core.MiddlewareHandler>[0]) => { model: string; where: Record<string, unknown> } | null): Guard =>
  (strapi) =>
  async (ctx, next) => {
    const state = ctx.state as GuardState;
    const target = locate(ctx);
    if (!isLimited(state) || !target || !modelAttributes(strapi, target.model)) return next();
    const { checker, populateFor } = requestTools(strapi, state, target.model);
    if (checker.cannot.read() || !checker.requiresEntity.read()) return next();
    const populate = await populateFor('read', {});
    const rows = (await strapi.db.query(target.model as Parameters<typeof strapi.db.query>[0]).findMany({ where: target.where, populate })) as unknown[];
    if (rows.some((row) => !checker.can.read(row))) throw new errors.PolicyError('Недостаточно прав для этих записей');
    return next();
  };

const body = (ctx: Parameters<Core.MiddlewareHandler>[0]): Record<string, unknown> => {
  const value = (ctx.request as { body?: unknown }).body;
  return isRecord(value) ? value : {};
};
const query = (ctx: Parameters<Core.MiddlewareHandler>[0]): Record<string, unknown> => (isRecord(ctx.query) ? ctx.query : {});

const byDocumentIds = (model: unknown, ids: string[], locale: unknown) =>
  typeof model === 'string' && ids.length > 0
    ? { model, where: { documentId: { $in: ids }, ...(typeof locale === 'string' && locale !== '' && locale !== '*' ? { locale } : {}) } }
    : null;

/** A clone copies its source: the source must be readable (Strapi does not check it). */
const cloneSource = readGuard((ctx) => (typeof ctx.params?.sourceId === 'string' ? byDocumentIds(ctx.params?.model, [ctx.params.sourceId], query(ctx).locale) : null));

/** Route handler -> guards (run in order), per plugin. */
const GUARDS: Record<string, Record<string, Guard[]>> = {
  'content-manager': {
    'collection-types.create': [fieldGuard],
    'collection-types.update': [fieldGuard],
    'collection-types.publish': [fieldGuard],
    'collection-types.clone': [cloneSource, fieldGuard],
    'collection-types.autoClone': [cloneSource],
    'collection-types.bulkFindForValidation': [readGuard((ctx) => byDocumentIds(ctx.params?.model, stringList(body(ctx).documentIds), body(ctx).locale))],
    'collection-types.countManyEntriesDraftRelations': [
      readGuard((ctx) => byDocumentIds(ctx.params?.model, stringList(query(ctx).documentIds), query(ctx).locale)),
    ],
    // the preview link opens the draft on the site: only for entries the user may read
    'preview.getPreviewUrl': [readGuard((ctx) => byDocumentIds(ctx.params?.contentType, stringList(query(ctx).documentId), query(ctx).locale))],
  },
  i18n: {
    'content-types.getNonLocalizedAttributes': [
      readGuard((ctx) => {
        const { model, id } = body(ctx);
        return typeof model === 'string' && (typeof id === 'number' || typeof id === 'string') ? { model, where: { id } } : null;
      }),
    ],
    'content-types.getFillFromLocaleData': [
      readGuard((ctx) => {
        const { documentId, sourceLocale } = query(ctx);
        return typeof documentId === 'string' ? byDocumentIds(ctx.params?.model, [documentId], sourceLocale) : null;
      }),
    ],
  },
};

export function registerContentManagerGuards(strapi: Core.Strapi): void {
  for (const [pluginName, guards] of Object.entries(GUARDS)) {
    const routers = strapi.plugin(pluginName)?.routes as Record<string, RouterLike> | RouterLike[] | undefined;
    if (!routers) continue;
    const routes = Array.isArray(routers) ? (routers as RouteLike[]) : Object.values(routers).flatMap((router) => router.routes ?? []);
    const guarded = new Set<string>();
    for (const route of routes) {
      const chain = typeof route.handler === 'string' ? guards[route.handler] : undefined;
      if (!chain) continue;
      route.config ??= {};
      route.config.middlewares = [...chain.map((guard) => guard(strapi)), ...(route.config.middlewares ?? [])];
      guarded.add(route.handler as string);
    }
    const missing = Object.keys(guards).filter((handler) => !guarded.has(handler));
    // a Strapi upgrade that renames a handler must not silently drop a guard
    if (missing.length > 0) strapi.log.warn(`[event-builder] no ${pluginName} route for: ${missing.join(', ')} (organizer guards not applied there)`);
  }
}
