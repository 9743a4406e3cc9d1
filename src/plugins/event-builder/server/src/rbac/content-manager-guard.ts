/**
 * Route guards added to the content manager's (and i18n's) admin routes, for what Strapi's RBAC
 * leaves open:
 *
 * - a write that changes a field the user may not change is refused (403, naming the field)
 *   instead of having the field silently dropped, so "a manager changes the event's privacy" fails
 *   visibly; the same fields sent back unchanged (the edit form sends the whole entry) pass;
 * - Strapi checks a create without the entry, so the conditions of a create permission never
 *   apply: a new document is refused when they could not hold for it, and a new translation of an
 *   existing document (created through the update route) needs the create and update conditions to
 *   hold on that document. That is how an event manager adds an `en` version of their event but
 *   creates no event, and nobody adds translations to the sessions of someone else's event;
 * - the routes that read entries by id without Strapi checking the RBAC conditions on them (bulk
 *   validation, draft-relation counts, clone sources, the preview link, i18n's non-localized fields
 *   and fill-from-locale) check them on each entry, as the single-entry routes do.
 *
 * Added in `register`, before Strapi builds its routes. Super Admins and client administrators pass.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { comparisonPopulate, needsPopulate, refusedChanges, type AttributeShape, type ComponentLookup, type ModelShape } from '../domain/field-changes';
import { hasAllAccess } from '../domain/roles';
import { createRefusal, fieldRefusal, mayAddLocale, writeKindOf } from '../domain/write-refusals';
import { roleCodesOf, type AdminActor } from './actor';
import { isRecord } from '../../../../platform/server/src/kit';

type CheckedAction = 'read' | 'create' | 'update';

interface PermissionChecker {
  can: ((action: string, entity?: unknown, field?: string) => boolean) & Record<CheckedAction, (entity?: unknown, field?: string) => boolean>;
  cannot: Record<CheckedAction, (entity?: unknown, field?: string) => boolean>;
  requiresEntity: Record<'read' | 'update', () => boolean>;
  sanitizedQuery: Record<CheckedAction, (query: unknown) => Promise<Record<string, unknown>>>;
}

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

type PopulateBuilder = (uid: string) => { populateFromQuery(query: unknown): { build(): Promise<Record<string, unknown> | undefined> } };

interface GuardState {
  user?: AdminActor;
  userAbility?: unknown;
}

interface SchemaLike {
  attributes?: Record<string, AttributeShape>;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

interface RouteLike {
  handler?: unknown;
  config?: { middlewares?: Array<string | Core.MiddlewareHandler> };
}

interface RouterLike {
  routes?: RouteLike[];
}

type Guard = (strapi: Core.Strapi) => Core.MiddlewareHandler;

type Entry = Record<string, unknown>;

const stringList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).filter((item): item is string => typeof item === 'string' && item !== '');

/** Helpers bound to one request: the user's permission checker on a model and entry loading with what conditions need. */
function requestTools(strapi: Core.Strapi, state: GuardState, model: string) {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService).create({ userAbility: state.userAbility, model });
  const populateBuilder = strapi.plugin('content-manager').service('populate-builder') as PopulateBuilder;
  const populateFor = async (action: CheckedAction, query: unknown) =>
    (await populateBuilder(model).populateFromQuery(await checker.sanitizedQuery[action](query)).build()) ?? {};
  return { checker, populateFor };
}

/** Whether the request's user is limited at all (Super Admins and client administrators are not). */
const isLimited = (state: GuardState) => Boolean(state.user) && !hasAllAccess(roleCodesOf(state.user ?? { roles: [] }));

const modelAttributes = (strapi: Core.Strapi, model: string): Record<string, AttributeShape> | null => {
  const schema = strapi.contentTypes[model as keyof typeof strapi.contentTypes] as SchemaLike | undefined;
  return schema?.attributes ?? null;
};

/** Attributes and components as the pure change detection reads them. */
const componentLookup =
  (strapi: Core.Strapi): ComponentLookup =>
  (uid) => {
    const schema = strapi.components[uid as keyof typeof strapi.components] as SchemaLike | undefined;
    return schema?.attributes ? ({ attributes: schema.attributes } as ModelShape) : undefined;
  };

interface AdminContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

/** Field paths that field-level permissions govern (not locale, timestamps, creator ...): `title`, `branding.logo`. */
const governedPaths = (strapi: Core.Strapi, model: string): string[] => {
  const service = strapi.service('admin::content-type') as unknown as AdminContentTypeService;
  return service.getNestedFields(strapi.contentTypes[model as keyof typeof strapi.contentTypes], { components: strapi.components });
};

/** `mayWrite(path)`: every governed path at or under `path` passes `allowed`. */
const writablePaths = (paths: readonly string[], allowed: (path: string) => boolean) => {
  const cache = new Map<string, boolean>();
  return (path: string) => {
    let found = cache.get(path);
    if (found === undefined) {
      const under = paths.filter((candidate) => candidate === path || candidate.startsWith(`${path}.`));
      found = under.every(allowed);
      cache.set(path, found);
    }
    return found;
  };
};

const refusedFields = (model: string, paths: string[]) => new errors.PolicyError(fieldRefusal(model, paths), { fields: paths });

/**
 * Create, update, publish and clone of one entry: a new document only where the create conditions
 * could hold, a translation only of a document the user may edit, and no change to a field the
 * user may not write.
 */
const writeGuard: Guard = (strapi) => async (ctx, next) => {
  const state = ctx.state as GuardState;
  const model = String(ctx.params?.model ?? '');
  const schema = strapi.contentTypes[model as keyof typeof strapi.contentTypes] as SchemaLike | undefined;
  const attributes = schema?.attributes;
  const rawBody = (ctx.request as { body?: unknown }).body;
  if (!isLimited(state) || !attributes) return next();
  const body = isRecord(rawBody) ? rawBody : {};
  const { checker, populateFor } = requestTools(strapi, state, model);
  const query = isRecord(ctx.query) ? ctx.query : {};
  // i18n's middleware moves `?locale=` into the body of the content manager's writes
  const locale = typeof body.locale === 'string' ? body.locale : typeof query.locale === 'string' ? query.locale : undefined;
  const localized = schema?.pluginOptions?.i18n?.localized === true;
  const documentId = typeof ctx.params?.id === 'string' && ctx.params.id !== '' ? ctx.params.id : null;
  const components = componentLookup(strapi);
  const documents = strapi.documents(model as Parameters<typeof strapi.documents>[0]);
  const paths = governedPaths(strapi, model);
  const governed = new Set(paths.map((path) => path.split('.')[0] ?? path));

  const load = async (documentIdToLoad: string, inLocale: string | undefined, populate: Record<string, unknown>) =>
    (await documents.findOne({ documentId: documentIdToLoad, ...(inLocale ? { locale: inLocale } : {}), status: 'draft', populate } as never)) as Entry | null;

  /** The stored values to compare with, deep enough for the restricted fields the body sends. */
  const storedValues = async (base: Entry, inLocale: string | undefined, mayWrite: (path: string) => boolean): Promise<Entry> => {
    const restricted = Object.keys(body).filter((key) => governed.has(key) && !mayWrite(key) && needsPopulate(attributes[key]));
    if (restricted.length === 0 || typeof base.documentId !== 'string') return base;
    const deep = await load(base.documentId, inLocale, comparisonPopulate(attributes, restricted, components));
    return { ...base, ...Object.fromEntries(restricted.map((key) => [key, deep?.[key]])) };
  };

  const permissionPopulate = async (...actions: CheckedAction[]) => {
    const merged: Record<string, unknown> = {};
    for (const action of actions) Object.assign(merged, await populateFor(action, query));
    return merged;
  };

  let version: Entry | null = null;
  let otherLocales: string[] = [];
  if (documentId) {
    if (checker.cannot.update() && checker.cannot.create()) return next(); // the content manager answers 403 itself
    version = await load(documentId, locale, await permissionPopulate('update', 'create'));
    if (!version && localized) {
      const rows = (await strapi.db.query(model as Parameters<typeof strapi.db.query>[0]).findMany({
        where: { documentId },
        select: ['locale', 'publishedAt'],
        orderBy: { id: 'asc' },
      })) as Array<{ locale?: string | null; publishedAt?: unknown }>;
      otherLocales = [...new Set(rows.filter((row) => !row.publishedAt).map((row) => row.locale).filter((code): code is string => typeof code === 'string' && code !== locale))];
    }
  }
  const kind = writeKindOf({ documentId, versionExists: version !== null, otherLocales: otherLocales.length });

  if (kind === 'missing') return next();

  if (kind === 'new-document') {
    // what the new entry will be is not known yet: only conditions that hold for any entry in
    // that locale can (an event manager's create holds on events they organize, so never here)
    const candidate = locale && localized ? { locale } : {};
    if (!checker.can.create(candidate)) throw new errors.PolicyError(createRefusal(model, 'new-document'));
    const mayWrite = writablePaths(paths, (path) => checker.can.create(undefined, path));
    const denied = refusedChanges({ attributes, governed, body, current: null }, { components, mayWrite });
    if (denied.length > 0) throw refusedFields(model, denied);
    return next();
  }

  if (kind === 'new-locale') {
    const referenceLocale = otherLocales[0];
    const reference = await load(documentId as string, referenceLocale, await permissionPopulate('update', 'create'));
    if (!reference) return next();
    const candidate = { ...reference, locale };
    if (!mayAddLocale({ createOnDocument: checker.can.create(candidate), updateOnDocument: checker.can.update(candidate) })) {
      throw new errors.PolicyError(createRefusal(model, 'new-locale'));
    }
    const mayWrite = writablePaths(paths, (path) => checker.can.create(candidate, path) && checker.can.update(candidate, path));
    // a translation keeps the document's address: for a new locale the edit form generates a
    // required uid by itself, also in a field the user may not edit
    for (const [key, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'uid' && body[key] !== undefined && !mayWrite(key)) body[key] = reference[key];
    }
    const stored = await storedValues(reference, referenceLocale, mayWrite);
    const denied = refusedChanges({ attributes, governed, body, current: stored, newVersion: true }, { components, mayWrite });
    if (denied.length > 0) throw refusedFields(model, denied);
    return next();
  }

  const entity = version as Entry;
  if (checker.cannot.update()) return next();
  const mayWrite = writablePaths(paths, (path) => checker.can.update(entity, path));
  const stored = await storedValues(entity, locale, mayWrite);
  const denied = refusedChanges({ attributes, governed, body, current: stored }, { components, mayWrite });
  if (denied.length > 0) throw refusedFields(model, denied);
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

/**
 * An attribute named `status` (a registration's registered / waitlisted / cancelled, a site user's
 * applicant / student ...) has the name Strapi 5 gives a document's publication status: for types
 * without drafts the content manager answers with "published" or nothing in its place. Lists and
 * single reads get the stored value back, for those who may read it.
 */
const ownStatus: Guard = (strapi) => async (ctx, next) => {
  await next();
  const model = String(ctx.params?.model ?? '');
  const schema = strapi.contentTypes[model as keyof typeof strapi.contentTypes] as (SchemaLike & { options?: { draftAndPublish?: boolean } }) | undefined;
  if (!schema?.attributes?.status || schema.options?.draftAndPublish) return;
  const answer: unknown = ctx.body;
  const rows = (isRecord(answer) ? (Array.isArray(answer.results) ? answer.results : [answer.data]) : []).filter(isRecord);
  const ids = rows.map((row) => row.documentId).filter((id): id is string => typeof id === 'string');
  const { checker } = requestTools(strapi, ctx.state as GuardState, model);
  if (ids.length === 0 || checker.cannot.read(undefined, 'status')) return;
  const stored = (await strapi.db.query(model as Parameters<typeof strapi.db.query>[0]).findMany({
    where: { documentId: { $in: ids } },
    select: ['documentId', 'status'],
  })) as Array<{ documentId: string; status: unknown }>;
  const byDocument = new Map(stored.map((row) => [row.documentId, row.status]));
  for (const row of rows) if (byDocument.has(row.documentId as string)) row.status = byDocument.get(row.documentId as string);
};

/** Route handler -> guards (run in order), per plugin. */
const GUARDS: Record<string, Record<string, Guard[]>> = {
  'content-manager': {
    'collection-types.find': [ownStatus],
    'collection-types.findOne': [ownStatus],
    'collection-types.create': [writeGuard],
    'collection-types.update': [writeGuard],
    'collection-types.publish': [writeGuard],
    'collection-types.clone': [cloneSource, writeGuard],
    'collection-types.autoClone': [cloneSource, writeGuard],
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
