/**
 * Uploaded files are shared like partners and speakers: any organizer may pick any file of the
 * media library for their event, and whoever uploaded a file may edit it (Strapi's `is-creator`
 * condition). A file another event uses is changed (renamed, re-captioned, replaced) or deleted
 * only by organizers of every event that uses it, or a client administrator
 * (domain/shared-items.ts); otherwise replacing one's own upload would change a rival's page.
 *
 * Guards added to the upload plugin's admin routes in `register`, before Strapi builds its routes.
 * Uploads of new files and reads are not touched. Super Admins and client administrators pass.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hasAllAccess } from '../domain/roles';
import { decideSharedChange, sharedRefusal } from '../domain/shared-items';
import { platform } from '../../../../platform/server/src/kit';
import { roleCodesOf, type AdminActor } from './actor';
import { usageService } from './usage';
import { isRecord } from '../../../../platform/server/src/kit';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

interface RouteLike {
  handler?: unknown;
  config?: { middlewares?: Array<string | Core.MiddlewareHandler> };
}

const idsOf = (values: unknown[]): number[] => values.map((value) => Number(value)).filter((value) => Number.isInteger(value) && value > 0);

const bodyOf = (ctx: Ctx): Record<string, unknown> => {
  const body = (ctx.request as { body?: unknown }).body;
  return isRecord(body) ? body : {};
};

const paramId = (ctx: Ctx): unknown[] => [ctx.params?.id ?? (isRecord(ctx.query) ? ctx.query.id : undefined)];

/** Upload route handler -> the ids of the existing files it changes. */
const CHANGED_FILES: Record<string, (ctx: Ctx) => unknown[]> = {
  // `POST /upload?id=`: replaces the file or updates its information (without an id: a new upload)
  'admin-upload.upload': (ctx) => [isRecord(ctx.query) ? ctx.query.id : undefined],
  'admin-upload.updateFileInfo': paramId,
  'admin-upload.replaceFile': paramId,
  'admin-upload.bulkUpdateFileInfo': (ctx) => {
    const updates = bodyOf(ctx).updates;
    return Array.isArray(updates) ? updates.map((update) => (isRecord(update) ? update.id : undefined)) : [];
  },
  'admin-file.destroy': paramId,
  'admin-folder-file.deleteMany': (ctx) => {
    const fileIds = bodyOf(ctx).fileIds;
    return Array.isArray(fileIds) ? fileIds : [];
  },
};

export function registerMediaGuards(strapi: Core.Strapi): void {
  const organizers = () => platform(strapi).access;

  const guard =
    (locate: (ctx: Ctx) => unknown[]): Core.MiddlewareHandler =>
    async (ctx, next) => {
      const actor = (ctx.state as { user?: AdminActor }).user;
      if (!actor || hasAllAccess(roleCodesOf(actor))) return next();
      const ids = idsOf(locate(ctx));
      if (ids.length === 0) return next();
      const usage = await usageService(strapi).ofFiles(ids);
      const levels = Object.fromEntries(await Promise.all(usage.events.map(async (eventId) => [eventId, await organizers().levelFor(actor, eventId)] as const)));
      const decision = decideSharedChange({ allAccess: false, usage, levels, required: 'manager' });
      if (!decision.ok) throw new errors.PolicyError(sharedRefusal('file', decision, 'manager'));
      return next();
    };

  const routers = strapi.plugin('upload')?.routes as Record<string, { routes?: RouteLike[] }> | RouteLike[] | undefined;
  if (!routers) return;
  const routes = Array.isArray(routers) ? routers : Object.values(routers).flatMap((router) => router.routes ?? []);
  const guarded = new Set<string>();
  for (const route of routes) {
    const locate = typeof route.handler === 'string' ? CHANGED_FILES[route.handler] : undefined;
    if (!locate) continue;
    route.config ??= {};
    route.config.middlewares = [guard(locate), ...(route.config.middlewares ?? [])];
    guarded.add(route.handler as string);
  }
  const missing = Object.keys(CHANGED_FILES).filter((handler) => !guarded.has(handler));
  // a Strapi upgrade that renames a handler must not silently drop a guard
  if (missing.length > 0) strapi.log.warn(`[event-builder] no upload route for: ${missing.join(', ')} (shared-file guards not applied there)`);
}
