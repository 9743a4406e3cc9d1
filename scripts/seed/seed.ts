// Writes the demo space (data.ts) into a loaded Strapi. Idempotent: every record is found by its natural
// key (slug, code, name, email, erid, or event + title) and created only when missing; existing records
// are kept as they are, so an organizer's edits to demo content survive a second run. The demo organizer
// accounts are the exception: a re-run gives them back their role and their place on the demo events.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { seedAdminAccounts, seedOrganizerAssignments } from './accounts.ts';
import { seedContext, type SeedCount } from './context.ts';
import { seedDictionaries } from './dictionaries.ts';
import { seedEvents, seedPlan } from './events.ts';
import { seedAds, seedNews, seedPartnerLinks } from './news-ads.ts';
import { demoAudience } from './audience.ts';
import { partnerLinks } from './data.ts';
import { seedAttendees, seedMarketingConsents, seedPartnerVisits, seedRegistrations } from './registrations.ts';

export interface SeedOptions {
  /** The clock of the run; dates of a first run are relative to it. */
  now?: Date;
  /** Draw and upload covers and logos (on by default). */
  images?: boolean;
  log?: (line: string) => void;
}

export interface SeedReport {
  /** The Moscow day the demo calendar is relative to (that of the first run). */
  baseDay: string;
  counts: Record<string, SeedCount>;
}

/** Runs the steps in the order of their references: dictionaries, events, what points to events, accounts, the demo audience. */
export async function seedDemo(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.log(line));
  const workDir = (options.images ?? true) ? await mkdtemp(join(tmpdir(), 'mmso-seed-')) : null;
  const seed = seedContext(strapi, workDir);
  try {
    const plan = await seedPlan(strapi, now);
    const dictionaries = await seedDictionaries(seed);
    const eventIds = await seedEvents(seed, plan, dictionaries);
    await seedNews(seed, plan, dictionaries.tagIds, eventIds);
    await seedAds(seed, eventIds);
    await seedPartnerLinks(seed, eventIds);
    const accountIds = await seedAdminAccounts(seed);
    await seedOrganizerAssignments(seed, accountIds, eventIds);
    const audience = demoAudience(plan.events, partnerLinks, now);
    const userIds = await seedAttendees(seed, audience.people);
    await seedRegistrations(seed, plan.events, eventIds, audience, userIds);
    await seedPartnerVisits(seed, eventIds, audience);
    await seedMarketingConsents(seed, audience.people, userIds);
    logCounts(seed.counts, log);
    return { baseDay: plan.baseDay, counts: seed.counts };
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}

function logCounts(counts: Record<string, SeedCount>, log: (line: string) => void): void {
  const order = (kind: string) => (LOG_ORDER.indexOf(kind) + LOG_ORDER.length + 1) % (LOG_ORDER.length + 1);
  for (const [kind, { created, kept }] of Object.entries(counts).sort(([a], [b]) => order(a) - order(b))) {
    log(`[seed] ${kind}: created ${created} / kept ${kept}`);
  }
}

/** Report lines follow the content model, not the order in which records happened to be written. */
const LOG_ORDER = [
  'organization',
  'audiences',
  'tags',
  'speakers',
  'partner categories',
  'partners',
  'events (published)',
  'events (draft only)',
  'event pages completed',
  'tracks',
  'sessions',
  'news',
  'ads',
  'images',
  'documents',
  'admin accounts',
  'admin account roles repaired',
  'organizer assignments',
  'attendee accounts',
  'registrations',
  'partner link visits',
  'marketing consents',
];
