/** What scripts/e2e/fixtures.ts created, as the browser tests and the benchmark read it. */
export interface FixtureManifest {
  /** Start of the media event's first session (10:00 Moscow, three days after the run). */
  base: string;
  media: {
    slug: string;
    title: string;
    documentId: string;
    sessions: Record<'live' | 'registered' | 'hls' | 'none', { documentId: string; title: string; startsAt: string; endsAt: string; recordingAvailableAt?: string }>;
    ads: string[];
    news: string;
  };
  hidden: {
    events: Array<{ slug: string; title: string; privacy: 'link' | 'invite' | 'closed'; documentId: string; sessionTitle: string; sessionId: string }>;
    sessions: Array<{ title: string; documentId: string; privacy: 'link' | 'invite' | 'closed' }>;
    allowedEmail: string;
    marker: string;
  };
  large: { slug: string; title: string; sessions: number; speakers: number };
}
