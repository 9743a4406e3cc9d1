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
  /**
   * An event whose sessions really ended hours before the run: the CMS opens a recording link by its
   * own clock (never the site's test clock), so only these show a recording in the browser tests.
   */
  recorded: {
    slug: string;
    title: string;
    sessions: Record<'everyone' | 'registered', { documentId: string; title: string; startsAt: string; endsAt: string; recordingAvailableAt: string; recordingUrl: string }>;
    /** An attendee with a seat at the event; signs in with attendeeJwt's password. */
    registeredEmail: string;
  };
}
