import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeStreamLink } from '../../src/plugins/event-builder/server/src/domain/stream-links.ts';
import { blocksText, paragraph } from './blocks.ts';
import {
  ads,
  completeLayout,
  audiences,
  baseFromEventStart,
  buildSeedPlan,
  demoAccounts,
  draftEventSlugs,
  events,
  isValidInn,
  moscowDay,
  moscowInstant,
  news,
  partnerCategories,
  partners,
  publishedEventSlugs,
  speakers,
  type PageBlock,
  tags,
} from './data.ts';

// Late evening in Moscow (21:30 UTC = 00:30 next day in Moscow): the case where a UTC-based
// day would be wrong by one.
const NOW = new Date('2026-03-10T21:30:00.000Z');
const plan = buildSeedPlan(NOW);
const time = (iso: string) => new Date(iso).getTime();
const published = plan.events.filter((event) => event.published);

describe('demo seed plan', () => {
  it('counts the Moscow calendar day, not the UTC one', () => {
    expect(plan.baseDay).toBe('2026-03-11');
    expect(moscowInstant(moscowDay(NOW), 0, '10:00').toISOString()).toBe('2026-03-11T07:00:00.000Z');
  });

  it('has at least 8 published events: past, ongoing and upcoming at the time of the run', () => {
    expect(published.length).toBeGreaterThanOrEqual(8);
    const now = NOW.getTime();
    const past = published.filter((event) => time(event.endsAt) < now);
    const ongoing = published.filter((event) => time(event.startsAt) <= now && time(event.endsAt) > now);
    const upcoming = published.filter((event) => time(event.startsAt) > now);
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(ongoing.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.length).toBeGreaterThanOrEqual(4);
    // past events ended weeks ago, not minutes ago
    for (const event of past) expect(now - time(event.endsAt)).toBeGreaterThan(7 * 24 * 3600 * 1000);
  });

  it('stays ongoing whenever during the day the first run happens', () => {
    for (const clock of ['00:01', '09:00', '18:00', '23:59']) {
      const runAt = moscowInstant(moscowDay(NOW), 0, clock);
      const ongoing = buildSeedPlan(runAt).events.filter(
        (event) => event.published && time(event.startsAt) <= runAt.getTime() && time(event.endsAt) > runAt.getTime(),
      );
      expect(ongoing.length, `run at ${clock}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers every format and audience', () => {
    expect(new Set(published.map((event) => event.format))).toEqual(new Set(['offline', 'online', 'hybrid']));
    expect(new Set(published.flatMap((event) => event.audiences))).toEqual(new Set(audiences.map((audience) => audience.code)));
  });

  it('has 40+ sessions, each inside its event, in Moscow working hours, on a known track', () => {
    const sessions = published.flatMap((event) => event.sessions);
    expect(sessions.length).toBeGreaterThanOrEqual(40);
    for (const event of plan.events) {
      const trackNames = new Set(event.tracks.map((track) => track.name));
      const titles = event.sessions.map((session) => session.title);
      // sessions are upserted by (event, title): a repeated title would be merged into one
      expect(new Set(titles).size, event.slug).toBe(titles.length);
      for (const session of event.sessions) {
        expect(time(session.startsAt), session.title).toBeGreaterThanOrEqual(time(event.startsAt));
        expect(time(session.endsAt), session.title).toBeLessThanOrEqual(time(event.endsAt));
        expect(time(session.endsAt)).toBeGreaterThan(time(session.startsAt));
        const moscowHour = (new Date(session.startsAt).getUTCHours() + 3) % 24;
        expect(moscowHour, session.title).toBeGreaterThanOrEqual(9);
        expect(moscowHour, session.title).toBeLessThanOrEqual(21);
        if (session.track !== undefined) expect(trackNames.has(session.track), session.title).toBe(true);
      }
    }
  });

  it('puts parallel sessions on different tracks and rooms', () => {
    for (const event of plan.events) {
      const sessions = event.sessions;
      for (const [i, a] of sessions.entries()) {
        for (const b of sessions.slice(i + 1)) {
          const overlap = time(a.startsAt) < time(b.endsAt) && time(b.startsAt) < time(a.endsAt);
          if (!overlap) continue;
          expect(a.track, `${a.title} / ${b.title}`).toBeDefined();
          expect(a.track, `${a.title} / ${b.title}`).not.toBe(b.track);
          expect(a.room, `${a.title} / ${b.title}`).not.toBe(b.room);
        }
      }
    }
    expect(published.filter((event) => event.tracks.length >= 2).length).toBeGreaterThanOrEqual(3);
  });

  it('uses every speaker, and only known speakers, tags, partners and audiences', () => {
    const speakerSlugs = new Set(speakers.map((speaker) => speaker.slug));
    const tagSlugs = new Set(tags.map((tag) => tag.slug));
    const partnerNames = new Set(partners.map((partner) => partner.name));
    const used = new Set(plan.events.flatMap((event) => event.sessions.flatMap((session) => session.speakers)));
    expect(speakers.length).toBeGreaterThanOrEqual(15);
    expect(used).toEqual(speakerSlugs);
    for (const event of plan.events) {
      for (const slug of [...event.tags, ...event.sessions.flatMap((session) => session.tags)]) expect(tagSlugs.has(slug), slug).toBe(true);
      for (const name of event.partners) expect(partnerNames.has(name), name).toBe(true);
    }
    for (const item of news) for (const slug of item.tags) expect(tagSlugs.has(slug), slug).toBe(true);
    const categories = new Set(partnerCategories.map((category) => category.name));
    for (const partner of partners) expect(categories.has(partner.category), partner.name).toBe(true);
    for (const category of categories) expect(partners.some((partner) => partner.category === category), category).toBe(true);
  });

  it('has unique, URL-safe slugs and unique natural keys', () => {
    const slugLists = {
      events: events.map((event) => event.slug),
      news: news.map((item) => item.slug),
      speakers: speakers.map((speaker) => speaker.slug),
      tags: tags.map((tag) => tag.slug),
    };
    for (const [kind, slugs] of Object.entries(slugLists)) {
      expect(new Set(slugs).size, kind).toBe(slugs.length);
      for (const slug of slugs) expect(slug, kind).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(tags.length).toBeGreaterThanOrEqual(10);
    expect(new Set(partners.map((partner) => partner.name)).size).toBe(partners.length);
    expect(new Set(ads.map((ad) => ad.title)).size).toBe(ads.length);
  });

  it('writes every event description in Russian', () => {
    for (const event of events) {
      expect(blocksText(event.description), event.slug).toMatch(/[а-яё]{4,}/i);
      expect(event.summary.length, event.slug).toBeLessThanOrEqual(600);
      expect(event.title.length, event.slug).toBeLessThanOrEqual(250);
    }
  });

  it('keeps one draft out of the published list', () => {
    expect(draftEventSlugs.length).toBeGreaterThanOrEqual(1);
    for (const slug of draftEventSlugs) expect(publishedEventSlugs).not.toContain(slug);
    expect(publishedEventSlugs.length).toBe(published.length);
  });

  it('ties news to existing events and dates them no later than the run', () => {
    const slugs = new Set(events.map((event) => event.slug));
    expect(plan.news.some((item) => item.event !== null)).toBe(true);
    for (const item of plan.news) {
      if (item.event !== null) expect(slugs.has(item.event), item.slug).toBe(true);
      expect(time(item.date), item.slug).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('marks ads as the law requires: advertiser, a valid INN and an erid', () => {
    for (const ad of ads) {
      expect(ad.advertiserName.length).toBeGreaterThan(0);
      expect(isValidInn(ad.advertiserInn), ad.advertiserInn).toBe(true);
      expect(ad.erid).toMatch(/^[A-Za-z0-9]{6,64}$/);
    }
    expect(ads.some((ad) => ad.advertiserInn.length === 12)).toBe(true);
    // an ad without an event, or on a draft, would never reach the public site
    for (const ad of ads) expect(publishedEventSlugs, ad.title).toContain(ad.event);
    expect(isValidInn('7708123451')).toBe(false);
  });

  it('offers recordings only of sessions that already ended', () => {
    for (const session of plan.events.flatMap((event) => event.sessions)) {
      if (session.recordingAvailability !== 'never') {
        expect(time(session.endsAt)).toBeLessThanOrEqual(NOW.getTime());
        expect(session.recordingUrl).not.toBeNull();
      } else {
        expect(session.recordingUrl).toBeNull();
      }
    }
  });

  it('recovers the first run calendar from a stored event start', () => {
    const later = new Date(NOW.getTime() + 9 * 24 * 3600 * 1000);
    for (const event of plan.events) {
      const base = baseFromEventStart(event.slug, new Date(event.startsAt));
      expect(base).not.toBeNull();
      const replay = buildSeedPlan(later, base ?? later);
      expect(replay.baseDay).toBe(plan.baseDay);
      expect(replay.events.find((candidate) => candidate.slug === event.slug)?.startsAt).toBe(event.startsAt);
    }
    expect(baseFromEventStart('no-such-event', NOW)).toBeNull();
  });

  it('lays out event pages with constructor blocks that exist in src/components', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    for (const event of plan.events) {
      if (event.sessions.length > 0) expect(event.layout.map((block) => block.__component), event.slug).toContain('blocks.program');
      for (const block of event.layout) {
        const [category = '', name = ''] = block.__component.split('.');
        const file = join(root, 'src', 'components', category, `${name}.json`);
        expect(existsSync(file), file).toBe(true);
        const schema = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> };
        for (const key of Object.keys(block).filter((key) => key !== '__component')) {
          expect(Object.keys(schema.attributes), `${block.__component}.${key}`).toContain(key);
        }
      }
      expect(event.seo.metaTitle.length).toBeLessThanOrEqual(70);
      expect(event.seo.metaDescription.length).toBeLessThanOrEqual(200);
    }
  });

  it('puts every constructor block type on some published event, with real content', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const blockTypes = readdirSync(join(root, 'src', 'components', 'blocks'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `blocks.${file.replace(/\.json$/, '')}`);
    expect(blockTypes.length).toBe(10);
    const blocks = published.flatMap((event) => event.layout.map((block) => ({ event: event.slug, block })));
    for (const type of blockTypes) expect(blocks.some(({ block }) => block.__component === type), type).toBe(true);

    const fileNames: string[] = [];
    const slideKeys = Object.keys((JSON.parse(readFileSync(join(root, 'src', 'components', 'shared', 'slide.json'), 'utf8')) as { attributes: Record<string, unknown> }).attributes);
    for (const { event, block } of blocks) {
      const where = `${event} ${block.__component}`;
      expect(block.heading.length, where).toBeGreaterThan(0);
      switch (block.__component) {
        case 'blocks.description':
          expect(blocksText(block.body), where).toMatch(/[а-яё]{4,}/i);
          break;
        case 'blocks.documents':
          expect(block.files.length, where).toBeGreaterThanOrEqual(1);
          for (const doc of block.files) {
            expect(doc.file, where).toMatch(/^[a-z0-9-]+\.(pdf|txt)$/);
            expect(doc.lines.length, doc.file).toBeGreaterThanOrEqual(3);
            // the PDF writer has only Latin fonts: its leaflets are the English versions
            if (doc.file.endsWith('.pdf')) expect([doc.title, ...doc.lines].join('\n'), doc.file).toMatch(/^[\x20-\x7e\n]+$/);
            fileNames.push(doc.file, `${doc.title}.${doc.file.split('.').pop() ?? ''}`);
          }
          break;
        case 'blocks.gallery':
          expect(block.images.length, where).toBeGreaterThanOrEqual(3);
          for (const picture of block.images) {
            expect(picture.alt.length, picture.file).toBeGreaterThan(10);
            fileNames.push(picture.file);
          }
          break;
        case 'blocks.video': {
          const stream = normalizeStreamLink(block.video.url);
          expect(stream.ok && stream.provider !== 'hls', `${where}: ${block.video.url}`).toBe(true);
          expect(block.caption.length, where).toBeGreaterThan(0);
          break;
        }
        case 'blocks.slider':
          expect(block.slides.length, where).toBeGreaterThanOrEqual(2);
          for (const slide of block.slides) {
            expect(slide.title && slide.text && slide.linkLabel, slide.title).toBeTruthy();
            expect(slide.linkUrl, slide.title).toMatch(/^https:\/\//);
            for (const key of Object.keys(slide)) expect(slideKeys, `shared.slide.${key}`).toContain(key);
            fileNames.push(slide.image.file);
          }
          break;
        default:
          break;
      }
    }
    // uploads are found again by file name on a re-run: every name is one file
    expect(new Set(fileNames).size).toBe(fileNames.length);
    expect(fileNames.some((name) => name.endsWith('.pdf'))).toBe(true);
  });

  it('uses the rest of the event model: streams of every provider, chat, recordings, ads, branding, templates', () => {
    const sessions = published.flatMap((event) => event.sessions.map((session) => ({ event, session })));
    const providers = new Set<string>();
    for (const { session } of sessions) {
      if (session.stream === null) continue;
      const stream = normalizeStreamLink(session.stream.url);
      expect(stream.ok, `${session.title}: ${session.stream.url}`).toBe(true);
      if (stream.ok) providers.add(stream.provider);
    }
    expect(providers).toEqual(new Set(['youtube', 'rutube', 'vk', 'hls']));
    expect(sessions.some(({ session }) => session.stream?.url === 'https://stream.mico.demo.test/live/hall-a/index.m3u8')).toBe(true);
    expect(sessions.filter(({ session }) => session.chatEnabled).length).toBeGreaterThanOrEqual(5);

    // recordings of past sessions, open to everyone or to registered participants, an hour after the end
    const recorded = sessions.filter(({ session }) => session.recordingAvailability !== 'never');
    expect(new Set(recorded.map(({ session }) => session.recordingAvailability))).toEqual(new Set(['everyone', 'registered']));
    for (const { session } of recorded) {
      expect(session.recordingAvailableAt, session.title).not.toBeNull();
      expect(time(session.recordingAvailableAt ?? '')).toBeGreaterThan(time(session.endsAt));
    }

    // every event that shows ads says how to rotate them, and its sessions how to show them
    const withAds = published.filter((event) => event.layout.some((block) => block.__component === 'blocks.ads'));
    expect(withAds.length).toBeGreaterThanOrEqual(2);
    for (const event of withAds) {
      expect(event.adSettings, event.slug).toBeDefined();
      for (const session of event.sessions) expect(session.ads, session.title).not.toBeNull();
    }
    expect(sessions.some(({ session }) => session.ads?.show === false)).toBe(true);

    expect(published.some((event) => event.branding !== undefined)).toBe(true);
    expect(new Set(published.map((event) => event.template))).toEqual(new Set(['classic', 'bold', 'minimal']));
    const linked = speakers.filter((speaker) => (speaker.links ?? []).length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(5);
    for (const link of linked.flatMap((speaker) => speaker.links ?? [])) {
      expect(link.label.length).toBeGreaterThan(0);
      expect(link.url).toMatch(/^https:\/\/[a-z0-9.-]+\.demo\.test(\/|$)/);
    }
  });

  it('completes an older event page with the missing blocks only, keeping the organizer\'s', () => {
    const planned: PageBlock[] = [
      { __component: 'blocks.description', heading: 'О событии', body: [paragraph('Текст.')] },
      { __component: 'blocks.program', heading: 'Программа', view: 'list', showTracks: true },
      { __component: 'blocks.speakers', heading: 'Спикеры', mode: 'all' },
      { __component: 'blocks.gallery', heading: 'Фото', images: [] },
      { __component: 'blocks.partners', heading: 'Партнёры' },
    ];
    // the organizer put partners first and renamed the program
    const stored = [
      { __component: 'blocks.partners', id: 7 },
      { __component: 'blocks.program', id: 3, heading: 'Расписание' },
    ];
    const completed = completeLayout(stored, planned);
    expect(completed?.map((block) => ('id' in block ? `${block.__component}#${block.id}` : block.__component))).toEqual([
      'blocks.description',
      'blocks.partners#7',
      'blocks.program#3',
      'blocks.speakers',
      'blocks.gallery',
    ]);
    // nothing missing: nothing to write, and a second run adds nothing
    expect(completeLayout(completed ?? [], planned)).toBeNull();
    for (const event of plan.events) expect(completeLayout(event.layout, event.layout), event.slug).toBeNull();
  });

  it('lists the three demo organizer accounts', () => {
    expect(demoAccounts.map((account) => account.email)).toEqual(['admin@demo.test', 'event.admin@demo.test', 'event.manager@demo.test']);
    for (const account of demoAccounts) expect(account.password.length).toBeGreaterThanOrEqual(8);
  });
});
