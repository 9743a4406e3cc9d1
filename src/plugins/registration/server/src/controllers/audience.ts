/**
 * HTTP of the audience base and its segments (admin API, the plugin's audience.read action). The
 * client administrator sees everyone who ever registered, event administrators and managers the people
 * of their events; each read of people is one access-log entry. A segment belongs to the organizer who
 * saved it (the client administrator sees and edits every segment); another's is a 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { segmentCriteriaSchema, segmentInputSchema, type Segment } from '../../../../../../cms/src/audience';
import { platform, respond, validate } from '../../../../platform/server/src/kit';
import { criteriaFromQuery, SegmentCriteriaError } from '../domain/segment';
import { localized, validationError } from '../errors';
import { message } from '../i18n/messages';
import { getService } from '../get-service';
import { organizerRequests, type Organizer } from './organizer';

const pageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  q: z.string().max(200).default(''),
});
const idSchema = z.object({ id: z.coerce.number().int().min(1) });

const audience = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'audience');
  const organizers = organizerRequests(strapi);

  const badQuery = (problem: string) => validationError([{ path: ['query'], message: message('audience.bad-query', { problem }) }]);
  const invalidSegment = (error: unknown): never => {
    if (error instanceof SegmentCriteriaError) throw validationError([{ path: ['criteria'], message: message('segment.invalid', { problem: error.problem }) }]);
    throw error;
  };

  const paging = (ctx: Context) => {
    const parsed = pageSchema.safeParse({ page: ctx.query.page, pageSize: ctx.query.pageSize, q: ctx.query.q });
    if (!parsed.success) throw badQuery(parsed.error.issues.map((issue) => issue.path.join('.')).join(', '));
    return parsed.data;
  };

  const logRead = (ctx: Context, admin: Organizer, action: string, detail: Record<string, string | number>) =>
    platform(strapi).accessLog.record({
      actor: { id: admin.id, email: admin.email },
      action,
      detail,
      ip: ctx.request.ip || 'unknown',
      userAgent: ctx.get('user-agent').slice(0, 300) || undefined,
    });

  /** The segment when the admin may see it (theirs, or any for the client administrator), else a 404. */
  const segmentFor = async (ctx: Context, admin: Organizer): Promise<Segment> => {
    const { id } = validate(idSchema, ctx.params);
    const segment = await service().findSegment(id);
    const visible = segment !== null && (segment.ownerId === admin.id || (await platform(strapi).access.hasAllAccess(admin.user)));
    if (!segment || !visible) throw localized(errors.NotFoundError, message('segment.not-found'));
    return segment;
  };

  return {
    /** GET /registration/audience?page=&pageSize=&q=&<criteria> -> AudiencePage */
    async list(ctx: Context) {
      await respond(ctx, async () => {
        const admin = organizers.organizer(ctx);
        const page = paging(ctx);
        const criteria = segmentCriteriaSchema.safeParse(criteriaFromQuery(ctx.query as Record<string, unknown>));
        if (!criteria.success) throw badQuery(criteria.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', '));
        const scope = await service().scopeOf(admin.user);
        const result = await service().page(scope, { ...page, criteria: criteria.data }).catch(invalidSegment);
        await logRead(ctx, admin, 'audience.list', { query: ctx.querystring.slice(0, 2000) });
        ctx.body = result;
      });
    },

    /** GET /registration/segments -> { results } */
    async segments(ctx: Context) {
      await respond(ctx, async () => {
        const admin = organizers.organizer(ctx);
        const all = await platform(strapi).access.hasAllAccess(admin.user);
        ctx.body = { results: await service().listSegments(all ? null : admin.id) };
      });
    },

    /** POST /registration/segments { name, description?, criteria } -> 201 Segment */
    async create(ctx: Context) {
      await respond(ctx, async () => {
        const admin = organizers.organizer(ctx);
        const input = validate(segmentInputSchema, ctx.request.body);
        ctx.body = await service().createSegment(input, admin.id).catch(invalidSegment);
        ctx.status = 201;
      });
    },

    /** GET /registration/segments/:id -> Segment */
    async find(ctx: Context) {
      await respond(ctx, async () => {
        ctx.body = await segmentFor(ctx, organizers.organizer(ctx));
      });
    },

    /** PUT /registration/segments/:id { name, description?, criteria } -> Segment */
    async update(ctx: Context) {
      await respond(ctx, async () => {
        const segment = await segmentFor(ctx, organizers.organizer(ctx));
        const input = validate(segmentInputSchema, ctx.request.body);
        ctx.body = await service().updateSegment(segment.id, input).catch(invalidSegment);
      });
    },

    /** DELETE /registration/segments/:id -> 204 */
    async delete(ctx: Context) {
      await respond(ctx, async () => {
        const segment = await segmentFor(ctx, organizers.organizer(ctx));
        await service().deleteSegment(segment.id);
        ctx.body = null;
        ctx.status = 204;
      });
    },

    /** GET /registration/segments/:id/people?page=&pageSize=&q= -> AudiencePage (in the reader's scope) */
    async people(ctx: Context) {
      await respond(ctx, async () => {
        const admin = organizers.organizer(ctx);
        const segment = await segmentFor(ctx, admin);
        const page = paging(ctx);
        const scope = await service().scopeOf(admin.user);
        const result = await service().page(scope, { ...page, criteria: segment.criteria }).catch(invalidSegment);
        await logRead(ctx, admin, 'audience.segment', { segmentId: segment.id, query: ctx.querystring.slice(0, 2000) });
        ctx.body = result;
      });
    },
  };
};

export default audience;
