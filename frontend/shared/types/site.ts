/** What the site's own API (frontend/server/api) answers: the shapes the pages render. */
import type {
  Ad,
  Audience,
  EventSummary,
  FavoriteSession,
  Image,
  MediaFile,
  NewsItem,
  NewsSummary,
  Organization,
  PageBlock,
  Pagination,
  Partner,
  Speaker,
  StrapiEventDetail,
  Tag,
  SpeakerLink,
  Track,
} from 'cms';

export type { Ad, Audience, EventSummary, Image, MediaFile, NewsItem, NewsSummary, Organization, PageBlock, Pagination, Partner, Speaker, Tag, Track };

export interface EventList {
  items: EventSummary[];
  pagination: Pagination;
}

export interface SpeakerSummary {
  documentId: string;
  name: string;
  slug: string;
  position?: string | null;
  affiliation?: string | null;
  photo?: Image | null;
  /** Web and mail links only (cms/src/speaker-links.ts). */
  links?: SpeakerLink[];
}

/** Where a session's recording stands for this viewer at this time. */
export type RecordingState =
  | { kind: 'none' }
  | { kind: 'after-end' }
  | { kind: 'later'; availableAt: string }
  | { kind: 'signin' }
  | { kind: 'registered-only' }
  | { kind: 'available'; url: string; embedUrl: string | null };

export type StreamPhase = 'upcoming' | 'live' | 'ended';

/** A program item as the program and the event page show it (compact: no description, no media). */
export interface ProgramItem {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  track?: Track | null;
  speakers: SpeakerSummary[];
  tags: Tag[];
  description?: string | null;
  hasStream: boolean;
  hasRecording: boolean;
}

export interface ProgramData {
  event: EventCore;
  tracks: Track[];
  sessions: ProgramItem[];
}

export interface PartnerGroup {
  documentId: string;
  name: string;
  partners: Partner[];
}

export type EventCore = Omit<StrapiEventDetail, 'blocks' | 'partners'>;

export interface EventPageData {
  event: EventCore;
  blocks: PageBlock[];
  tracks: Track[];
  sessions: ProgramItem[];
  speakers: SpeakerSummary[];
  partners: PartnerGroup[];
  news: NewsSummary[];
  ads: Ad[];
  /** The page was read with the preview token (a draft, never cached or indexed). */
  preview?: boolean;
}

export interface SessionPageData {
  event: EventCore;
  session: {
    documentId: string;
    title: string;
    description?: string | null;
    startsAt: string;
    endsAt: string;
    room?: string | null;
    chatEnabled: boolean;
    track?: Track | null;
    speakers: SpeakerSummary[];
    tags: Tag[];
    materials: MediaFile[];
    stream: { provider: 'youtube' | 'rutube' | 'vk' | 'hls'; embedUrl: string | null } | null;
    phase: StreamPhase;
    recording: RecordingState;
    ads: { show: boolean; autoRefreshSeconds: number };
  };
  ads: Ad[];
}

export interface SpeakerPageData {
  speaker: Speaker;
  sessions: Array<ProgramItem & { event: { slug: string; title: string; timezone: string } }>;
}

export interface TagPageData {
  tag: Tag;
  upcoming: EventSummary[];
  past: EventSummary[];
  news: NewsSummary[];
}

export interface KnowledgeItem {
  documentId: string;
  title: string;
  description?: string | null;
  startsAt: string;
  endsAt: string;
  recording: 'everyone' | 'registered' | null;
  materials: number;
  speakers: SpeakerSummary[];
  event: { slug: string; title: string; timezone: string };
}

export interface ArchiveData {
  events: EventList;
  knowledge: { items: KnowledgeItem[]; pagination: Pagination };
}

export interface Dictionaries {
  tags: Tag[];
  audiences: Audience[];
}

export interface ViewerInfo {
  signedIn: boolean;
  email?: string | null;
}

/** A favorite session as the favorites API answers it (the contract's `FavoriteSession`, cms/src/favorites.ts). */
export type FavoriteSessionInfo = FavoriteSession;
