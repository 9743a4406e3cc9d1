import { readFile, rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { respond, validate } from '../../../../platform/server/src/kit';
import { z } from 'zod';
import type { IncomingFile } from '../domain/form';
import { confirmBodySchema, registerBodySchema } from '../contracts';
import type { Locale } from '../domain/locale';
import type { PendingResult, RegisteredResult } from '../services/forms';
import { validationError, type FieldIssue } from '../errors';
import { message, render } from '../i18n/messages';
import { eventSummaryOut, formOut, registrationOut } from '../present';
import { getConfig, getService } from '../get-service';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

const slugSchema = z.string().min(1).max(200);
const localeSchema = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
  .optional();
const FILE_PART = /^files\.([A-Za-z][A-Za-z0-9_]{0,39})$/;

/**
 * The body of a registration: JSON, or multipart/form-data with the JSON in the `data` part and
 * each file in a `files.<key>` part. Files over the size limit are not read.
 */
async function readSubmission(ctx: Context, maxBytes: number, temp: string[]): Promise<{ raw: unknown; files: Record<string, IncomingFile> }> {
  const files: Record<string, IncomingFile> = {};
  if (!ctx.is('multipart')) return { raw: ctx.request.body ?? {}, files };
  const issues: FieldIssue[] = [];
  const uploaded = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
  for (const [part, value] of Object.entries(uploaded)) {
    const list = Array.isArray(value) ? value : [value];
    temp.push(...list.map((file) => file.filepath));
    const key = FILE_PART.exec(part)?.[1];
    const file = list[0];
    if (!key || !file) {
      issues.push({ path: [part], message: message('request.unknown-part-file') });
      continue;
    }
    if (list.length > 1) {
      issues.push({ path: ['answers', key], message: message('request.one-file-per-field') });
      continue;
    }
    const name = file.originalFilename ?? 'file';
    files[key] = { name, size: file.size, bytes: file.size > maxBytes ? new Uint8Array(0) : await readFile(file.filepath) };
  }
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  for (const part of Object.keys(body)) {
    if (part !== 'data') issues.push({ path: [part], message: message('request.unknown-part-data') });
  }
  let raw: unknown = {};
  if (typeof body.data !== 'string') {
    issues.push({ path: ['data'], message: message('request.data-missing') });
  } else {
    try {
      raw = JSON.parse(body.data);
    } catch {
      issues.push({ path: ['data'], message: message('request.data-not-json') });
    }
  }
  if (issues.length > 0) throw validationError(issues);
  return { raw, files };
}

const userAgentOf = (ctx: Context): string | null => (typeof ctx.request.header['user-agent'] === 'string' ? ctx.request.header['user-agent'] : null);

const registeredOut = (result: RegisteredResult) => ({
  status: result.record.status,
  waitlistPosition: result.waitlistPosition,
  created: result.created,
  accountCreated: result.accountCreated,
  registration: registrationOut(result.record, result.waitlistPosition, result.event),
});

const pendingOut = (result: PendingResult, language: Locale) => ({
  status: 'pending' as const,
  email: result.email,
  expiresAt: result.expiresAt.toISOString(),
  message: render(language, message('register.code-sent', { email: result.email })),
});

const forms = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /api/registration/events/:slug/form -> the form, what the caller still has to fill, the caller's registration.
   * `?locale=` picks the event's content; the platform's own words follow the caller's language.
   */
  async form(ctx: Context) {
    await respond(ctx, async (language) => {
      const slug = validate(slugSchema, ctx.params.slug, ['slug']);
      const locale = validate(localeSchema, ctx.query.locale, ['locale']);
      const viewer = await getService(strapi, 'accounts').viewerOf(ctx);
      const view = await getService(strapi, 'forms').view(slug, viewer, { locale, language });
      ctx.set('cache-control', 'private, no-store');
      ctx.body = formOut(view);
    });
  },

  /**
   * POST /api/registration/events/:slug/registrations. Signed in: 201 {status, ...}, a repeat 200
   * with the existing registration. Anonymous: 202 {status: "pending"}, the same whatever the
   * address, and a code is mailed; the registration is made by `confirm`.
   */
  async register(ctx: Context) {
    const temp: string[] = [];
    try {
      await respond(ctx, async (language) => {
        const slug = validate(slugSchema, ctx.params.slug, ['slug']);
        const viewerId = await getService(strapi, 'accounts').tokenUserIdOf(ctx);
        const { raw, files } = await readSubmission(ctx, getConfig(strapi, 'files').maxBytes, temp);
        const body = validate(registerBodySchema, raw);
        const result = await getService(strapi, 'forms').submit({
          slug,
          viewerId,
          body,
          files,
          language,
          ip: ctx.request.ip || null,
          userAgent: userAgentOf(ctx),
        });
        ctx.set('cache-control', 'no-store');
        if (result.kind === 'pending') {
          ctx.status = 202;
          ctx.body = pendingOut(result, language);
          return;
        }
        ctx.status = result.created ? 201 : 200;
        ctx.body = registeredOut(result);
      });
    } finally {
      await Promise.all(temp.map((path) => rm(path, { force: true })));
    }
  },

  /**
   * POST /api/registration/events/:slug/registrations/confirm {email, code} -> 201 {status, ...,
   * jwt, refreshToken, user} (200 when the address was registered already); a wrong code is the
   * sign-in check's 401, expired answers 410.
   */
  async confirm(ctx: Context) {
    await respond(ctx, async () => {
      const slug = validate(slugSchema, ctx.params.slug, ['slug']);
      const { email, code, deviceId } = validate(confirmBodySchema, ctx.request.body);
      const result = await getService(strapi, 'forms').confirm({ slug, email, code, ip: ctx.request.ip || null, userAgent: userAgentOf(ctx) });
      const accounts = getService(strapi, 'accounts');
      const session = await accounts.issueSession(ctx, result.account, deviceId);
      ctx.status = result.created ? 201 : 200;
      ctx.set('cache-control', 'no-store');
      ctx.body = { ...registeredOut(result), jwt: session.jwt, refreshToken: session.refreshToken, user: accounts.toPublic(result.account) };
    });
  },

  /** DELETE /api/registration/events/:slug/registrations/me -> 200 {status: "cancelled"} */
  async cancel(ctx: Context) {
    await respond(ctx, async () => {
      const slug = validate(slugSchema, ctx.params.slug, ['slug']);
      const viewer = await getService(strapi, 'accounts').viewerOf(ctx);
      const { event, record } = await getService(strapi, 'forms').cancel(slug, viewer);
      ctx.set('cache-control', 'no-store');
      ctx.body = { status: record.status, registration: registrationOut(record, null, event), event: eventSummaryOut(event) };
    });
  },
});

export default forms;
