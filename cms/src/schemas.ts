/**
 * The public contract of the content: what Strapi's REST API returns to the site, as zod schemas.
 * The site's server routes parse every CMS answer with them (unknown fields are dropped, so nothing
 * private or unused reaches the page payload, and a change of the content model that breaks the site
 * fails loudly at the edge instead of rendering `undefined`); pages, the seed and tests use the types.
 */
import { z } from 'zod';
import { speakerLinks } from './speaker-links.js';

export const EVENT_FORMATS = ['offline', 'online', 'hybrid'] as const;
export const EVENT_TEMPLATES = ['classic', 'bold', 'minimal'] as const;
export const PRIVACY_LEVELS = ['public', 'link', 'invite', 'closed'] as const;
export const FONTS = ['inter', 'golos', 'pt-sans', 'roboto'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
export type EventTemplate = (typeof EVENT_TEMPLATES)[number];
export type Font = (typeof FONTS)[number];
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const isoDate = z.string().datetime({ offset: true });
const optionalText = z.string().nullable().optional();

const formatSchema = z.object({
  url: z.string(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
});

export const imageSchema = z.object({
  url: z.string(),
  alternativeText: optionalText,
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  formats: z.record(z.string(), formatSchema).nullable().optional(),
});
export type Image = z.infer<typeof imageSchema>;

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
  image?: Image;
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
    image: imageSchema.optional(),
    children: z.array(blockNodeSchema).optional(),
  }),
);
export const blocksSchema = z.array(blockNodeSchema);


/** An uploaded file: an image's fields and its name, extension, type and size. */
export const fileSchema = imageSchema.extend({
  name: z.string(),
  ext: z.string().nullable().optional(),
  mime: z.string().nullable().optional(),
  size: z.number().nullable().optional(),
});
export type MediaFile = z.infer<typeof fileSchema>;

export const tagSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
export type Tag = z.infer<typeof tagSchema>;
export const audienceSchema = z.object({ documentId: z.string(), name: z.string(), code: z.string() });
export type Audience = z.infer<typeof audienceSchema>;

export const organizationSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  shortName: optionalText,
  logo: imageSchema.nullable().optional(),
  primaryColor: hexColor.nullable().optional(),
  accentColor: hexColor.nullable().optional(),
  font: z.enum(FONTS).nullable().optional(),
  defaultTemplate: z.enum(EVENT_TEMPLATES).nullable().optional(),
  website: optionalText,
  contactEmail: optionalText,
});
export type Organization = z.infer<typeof organizationSchema>;

export const eventSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: optionalText,
  startsAt: isoDate,
  endsAt: isoDate,
  timezone: z.string(),
  format: z.enum(EVENT_FORMATS),
  venue: optionalText,
  privacy: z.enum(PRIVACY_LEVELS).optional(),
  cover: imageSchema.nullable().optional(),
  audiences: z.array(audienceSchema).optional(),
  tags: z.array(tagSchema).optional(),
  locale: z.string().nullable().optional(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const speakerSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  position: optionalText,
  affiliation: optionalText,
  bio: optionalText,
  photo: imageSchema.nullable().optional(),
  // the organizer's JSON, read into web and mail links only
  links: z.unknown().optional().transform((raw) => speakerLinks(raw)),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const trackSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  color: hexColor.nullable().optional(),
  order: z.number().nullable().optional(),
});
export type Track = z.infer<typeof trackSchema>;

export const STREAM_PROVIDERS = ['youtube', 'rutube', 'vk', 'hls'] as const;
export const streamSchema = z.object({
  provider: z.enum(STREAM_PROVIDERS).nullable().optional(),
  embedUrl: optionalText,
});
export type Stream = z.infer<typeof streamSchema>;

export const RECORDING_AVAILABILITY = ['never', 'registered', 'everyone'] as const;
export type RecordingAvailability = (typeof RECORDING_AVAILABILITY)[number];

/** A program item as Strapi returns it (recordingUrl stays on the server: see SessionView). */
export const sessionSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  description: optionalText,
  startsAt: isoDate,
  endsAt: isoDate,
  room: optionalText,
  chatEnabled: z.boolean().nullable().optional(),
  recordingUrl: optionalText,
  recordingAvailability: z.enum(RECORDING_AVAILABILITY).nullable().optional(),
  recordingAvailableAt: isoDate.nullable().optional(),
  privacy: z.string().optional(),
  track: trackSchema.nullable().optional(),
  speakers: z.array(speakerSchema).optional(),
  tags: z.array(tagSchema).optional(),
  stream: streamSchema.nullable().optional(),
  materials: z.array(fileSchema).nullable().optional(),
  ads: z.object({ show: z.boolean().nullable().optional(), autoRefreshSeconds: z.number().nullable().optional() }).nullable().optional(),
  event: eventSummarySchema.partial().extend({ documentId: z.string(), slug: z.string(), title: z.string() }).nullable().optional(),
});
export type StrapiSession = z.infer<typeof sessionSchema>;

export const partnerSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  url: optionalText,
  clickable: z.boolean().nullable().optional(),
  order: z.number().nullable().optional(),
  visible: z.boolean().nullable().optional(),
  logo: imageSchema.nullable().optional(),
  category: z
    .object({ documentId: z.string(), name: z.string(), order: z.number().nullable().optional(), visible: z.boolean().nullable().optional() })
    .nullable()
    .optional(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const adSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  url: optionalText,
  order: z.number().nullable().optional(),
  visible: z.boolean().nullable().optional(),
  advertiserName: z.string(),
  advertiserInn: optionalText,
  erid: optionalText,
  image: imageSchema.nullable().optional(),
});
export type Ad = z.infer<typeof adSchema>;

export const newsSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: optionalText,
  date: isoDate,
  cover: imageSchema.nullable().optional(),
  tags: z.array(tagSchema).optional(),
});
export type NewsSummary = z.infer<typeof newsSummarySchema>;

export const newsItemSchema = newsSummarySchema.extend({
  body: blocksSchema.nullable().optional(),
  event: eventSummarySchema.pick({ documentId: true, title: true, slug: true }).nullable().optional(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

const heading = optionalText;
/** The page sections of the constructor (dynamic zone `blocks`); unknown ones are skipped. */
export const pageBlockSchema = z.discriminatedUnion('__component', [
  z.object({ __component: z.literal('blocks.description'), id: z.number(), heading, body: blocksSchema.nullable().optional() }),
  z.object({ __component: z.literal('blocks.documents'), id: z.number(), heading, files: z.array(fileSchema).nullable().optional() }),
  z.object({
    __component: z.literal('blocks.program'),
    id: z.number(),
    heading,
    view: z.enum(['list', 'grid']).nullable().optional(),
    showTracks: z.boolean().nullable().optional(),
  }),
  z.object({
    __component: z.literal('blocks.speakers'),
    id: z.number(),
    heading,
    mode: z.enum(['all', 'selected']).nullable().optional(),
    speakers: z.array(speakerSchema).nullable().optional(),
  }),
  z.object({ __component: z.literal('blocks.gallery'), id: z.number(), heading, images: z.array(imageSchema).nullable().optional() }),
  z.object({ __component: z.literal('blocks.video'), id: z.number(), heading, video: streamSchema.nullable().optional(), caption: optionalText }),
  z.object({
    __component: z.literal('blocks.slider'),
    id: z.number(),
    heading,
    autoplaySeconds: z.number().nullable().optional(),
    slides: z
      .array(z.object({ id: z.number(), title: z.string(), text: optionalText, image: imageSchema.nullable().optional(), linkUrl: optionalText, linkLabel: optionalText }))
      .nullable()
      .optional(),
  }),
  z.object({ __component: z.literal('blocks.partners'), id: z.number(), heading }),
  z.object({ __component: z.literal('blocks.news'), id: z.number(), heading, limit: z.number().nullable().optional() }),
  z.object({ __component: z.literal('blocks.ads'), id: z.number(), heading }),
]);
export type PageBlock = z.infer<typeof pageBlockSchema>;

export const brandingSchema = z.object({
  logo: imageSchema.nullable().optional(),
  primaryColor: hexColor.nullable().optional(),
  accentColor: hexColor.nullable().optional(),
  font: z.enum(FONTS).nullable().optional(),
});

export const eventDetailSchema = eventSummarySchema.extend({
  description: blocksSchema.nullable().optional(),
  address: optionalText,
  template: z.enum(EVENT_TEMPLATES).nullable().optional(),
  registrationOpen: z.boolean().nullable().optional(),
  capacity: z.number().nullable().optional(),
  organization: organizationSchema.nullable().optional(),
  branding: brandingSchema.nullable().optional(),
  adSettings: z.object({ rotationSeconds: z.number().nullable().optional(), order: z.enum(['fixed', 'random']).nullable().optional() }).nullable().optional(),
  seo: z.object({ metaTitle: optionalText, metaDescription: optionalText, shareImage: imageSchema.nullable().optional() }).nullable().optional(),
  blocks: z.array(z.unknown()).nullable().optional(),
  partners: z.array(partnerSchema).optional(),
});
export type StrapiEventDetail = z.infer<typeof eventDetailSchema>;

export const paginationSchema = z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() });
export type Pagination = z.infer<typeof paginationSchema>;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });

/** Strapi's error envelope: `{ error: { status, name, message, details } }`. */
export const errorResponseSchema = z.object({
  error: z.object({ status: z.number(), name: z.string(), message: z.string(), details: z.unknown().optional() }),
});
