/**
 * The public contract of the CMS: what Strapi's REST API returns to the site and to scripts.
 * Every response the client reads is parsed with these schemas, so a change of the content model
 * that breaks the site fails loudly at the edge instead of rendering `undefined`.
 */
import { z } from 'zod';

export const EVENT_FORMATS = ['offline', 'online', 'hybrid'] as const;
export const EVENT_TEMPLATES = ['classic', 'bold', 'minimal'] as const;
export const PRIVACY_LEVELS = ['public', 'link', 'invite', 'closed'] as const;
export const FONTS = ['inter', 'golos', 'pt-sans', 'roboto'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const isoDate = z.string().datetime({ offset: true });

export const mediaSchema = z.object({
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  formats: z
    .record(z.string(), z.object({ url: z.string(), width: z.number().nullable().optional() }))
    .nullable()
    .optional(),
});
export type Media = z.infer<typeof mediaSchema>;

/** Strapi "blocks" rich text: a tree of typed nodes the site renders itself (no raw HTML). */
export type BlockNode = {
  type: string;
  text?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  url?: string;
  level?: number;
  format?: 'ordered' | 'unordered';
  image?: Media;
  children?: BlockNode[];
};
export const blockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.object({
    type: z.string(),
    text: z.string().optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    code: z.boolean().optional(),
    url: z.string().optional(),
    level: z.number().optional(),
    format: z.enum(['ordered', 'unordered']).optional(),
    image: mediaSchema.optional(),
    children: z.array(blockNodeSchema).optional(),
  }),
);
export const blocksSchema = z.array(blockNodeSchema);

export const organizationSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  shortName: z.string().nullable().optional(),
  logo: mediaSchema.nullable().optional(),
  primaryColor: hexColor.nullable().optional(),
  accentColor: hexColor.nullable().optional(),
  font: z.enum(FONTS).nullable().optional(),
  defaultTemplate: z.enum(EVENT_TEMPLATES).nullable().optional(),
  website: z.string().nullable().optional(),
  contactEmail: z.string().nullable().optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const tagSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const audienceSchema = z.object({ documentId: z.string(), name: z.string(), code: z.string() });
export type Audience = z.infer<typeof audienceSchema>;

export const eventSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullable().optional(),
  startsAt: isoDate,
  endsAt: isoDate,
  timezone: z.string(),
  format: z.enum(EVENT_FORMATS),
  venue: z.string().nullable().optional(),
  cover: mediaSchema.nullable().optional(),
  audiences: z.array(audienceSchema).optional(),
  tags: z.array(tagSchema).optional(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const eventDetailSchema = eventSummarySchema.extend({
  description: blocksSchema.nullable().optional(),
  address: z.string().nullable().optional(),
  template: z.enum(EVENT_TEMPLATES).nullable().optional(),
  registrationOpen: z.boolean().nullable().optional(),
  capacity: z.number().nullable().optional(),
  organization: organizationSchema.nullable().optional(),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const paginationSchema = z.object({
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
  total: z.number(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });

export const eventListResponseSchema = listResponse(eventSummarySchema);
export type EventList = z.infer<typeof eventListResponseSchema>;

export const readinessSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.object({ status: z.enum(['ok', 'fail', 'skipped']), error: z.string().optional() })),
});
export type Readiness = z.infer<typeof readinessSchema>;

/** Strapi's error envelope: `{ error: { status, name, message, details } }`. */
export const errorResponseSchema = z.object({
  error: z.object({ status: z.number(), name: z.string(), message: z.string(), details: z.unknown().optional() }),
});
