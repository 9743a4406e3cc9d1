/**
 * What a new event starts with when its creator leaves things out: a page of the usual sections, the
 * space's organization and that organization's page template. Pure: the organization is passed in.
 */
import { isRecord } from '../../../../platform/server/src/kit';

export type PageBlock = { __component: string; heading: string } & Record<string, unknown>;

const HEADINGS = {
  ru: { description: 'О событии', program: 'Программа', speakers: 'Спикеры', partners: 'Партнёры', news: 'Новости', documents: 'Документы' },
  en: { description: 'About', program: 'Programme', speakers: 'Speakers', partners: 'Partners', news: 'News', documents: 'Documents' },
} as const;

/** The sections of a new event page, in page order, with headings in the event's locale (Russian otherwise). */
export function defaultBlocks(locale: string | null | undefined): PageBlock[] {
  const headings = locale?.toLowerCase().startsWith('en') ? HEADINGS.en : HEADINGS.ru;
  return [
    { __component: 'blocks.description', heading: headings.description },
    { __component: 'blocks.program', heading: headings.program, view: 'list', showTracks: true },
    { __component: 'blocks.speakers', heading: headings.speakers, mode: 'all' },
    { __component: 'blocks.partners', heading: headings.partners },
    { __component: 'blocks.news', heading: headings.news, limit: 3 },
    { __component: 'blocks.documents', heading: headings.documents },
  ];
}

/**
 * Whether a relation value in document-service data points at something: an id, a document id, an
 * object with one, a non-empty list, or `{ connect | set: [...] }` with at least one item (the admin
 * sends `{ connect: [], disconnect: [] }` for an empty relation).
 */
export function relationIsSet(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(relationIsSet);
  if (!isRecord(value)) return false;
  if (Array.isArray(value.set)) return value.set.some(relationIsSet);
  if (Array.isArray(value.connect)) return value.connect.some(relationIsSet);
  return relationIsSet(value.documentId) || relationIsSet(value.id);
}

export interface SpaceOrganization {
  documentId: string;
  defaultTemplate?: string | null;
}

export interface EventDefaults {
  blocks?: PageBlock[];
  organization?: string;
  template?: string;
}

/**
 * The fields to add to a new event's data: blocks when it has none (absent or empty), the space's
 * organization when none is chosen, and a template when none is given (the chosen organization's
 * default is looked up by the caller and passed as `organization` too).
 */
export function eventDefaults(data: Record<string, unknown>, organization: SpaceOrganization | null, locale: string | null | undefined): EventDefaults {
  const out: EventDefaults = {};
  if (data.blocks === undefined || data.blocks === null || (Array.isArray(data.blocks) && data.blocks.length === 0)) {
    out.blocks = defaultBlocks(locale);
  }
  if (organization && !relationIsSet(data.organization)) out.organization = organization.documentId;
  const template = data.template;
  if ((template === undefined || template === null || template === '') && organization?.defaultTemplate) {
    out.template = organization.defaultTemplate;
  }
  return out;
}

/** The organization a relation value names, when it names exactly one by id or document id. */
export function namedRelation(value: unknown): { id: number } | { documentId: string } | null {
  if (typeof value === 'number' && Number.isFinite(value)) return { id: value };
  if (typeof value === 'string' && value.trim() !== '') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (Array.isArray(value)) return value.length === 1 ? namedRelation(value[0]) : null;
  if (!isRecord(value)) return null;
  if (Array.isArray(value.set)) return value.set.length === 1 ? namedRelation(value.set[0]) : null;
  if (Array.isArray(value.connect)) return value.connect.length === 1 ? namedRelation(value.connect[0]) : null;
  if (typeof value.documentId === 'string' && value.documentId !== '') return { documentId: value.documentId };
  if (typeof value.id === 'number') return { id: value.id };
  return null;
}
