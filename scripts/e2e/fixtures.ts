// Content the browser tests and the site benchmark need on top of the demo seed: an event with every
// kind of page section, streams and recordings at known times, hidden events and sessions (by link,
// invite-only, closed), and a large event (30 sessions, 20 speakers). Written through the document
// service of a loaded Strapi; the manifest (document ids, times) goes to a JSON file for the tests.
//   npx tsx scripts/e2e/fixtures.ts <manifest.json>     (database from the environment, like the seed)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { coverPng } from '../seed/png.ts';
import { bullets, heading, paragraph, strong } from '../seed/blocks.ts';
import type { FixtureManifest } from './manifest.ts';

export type { FixtureManifest };

const HOUR = 60 * 60 * 1000;
const MOSCOW_OFFSET_MS = 3 * HOUR;

/** 10:00 in Moscow, `days` days after `now`'s Moscow date. */
export function moscowTen(now: Date, days: number): Date {
  const shifted = new Date(now.getTime() + MOSCOW_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate() + days, 10) - MOSCOW_OFFSET_MS);
}

interface UploadService {
  upload(input: { data: { fileInfo: Record<string, string> }; files: { filepath: string; originalFilename: string; mimetype: string; size: number } }): Promise<Array<{ id: number }>>;
}

export async function createFixtures(strapi: Core.Strapi, now = new Date()): Promise<FixtureManifest> {
  const workDir = await mkdtemp(join(tmpdir(), 'mmso-fixtures-'));
  const docs = strapi.documents;
  const iso = (date: Date) => date.toISOString();
  const at = (hours: number) => new Date(base.getTime() + hours * HOUR);
  const base = moscowTen(now, 3);

  const image = async (name: string, from: string, to: string, alt: string, width = 1200, height = 630): Promise<number> => {
    const bytes = coverPng(from, to, width, height);
    const filepath = join(workDir, name);
    await writeFile(filepath, bytes);
    const [file] = await (strapi.plugin('upload').service('upload') as UploadService).upload({
      data: { fileInfo: { name, alternativeText: alt, caption: '' } },
      files: { filepath, originalFilename: name, mimetype: 'image/png', size: bytes.length },
    });
    if (!file) throw new Error(`upload of ${name} returned nothing`);
    return file.id;
  };
  const idOf = async (uid: 'api::tag.tag' | 'api::speaker.speaker' | 'api::partner.partner' | 'api::audience.audience', where: Record<string, unknown>) => {
    const row = (await strapi.db.query(uid).findOne({ where, select: ['documentId'] })) as { documentId: string } | null;
    if (!row) throw new Error(`${uid} ${JSON.stringify(where)} is not in the seed`);
    return row.documentId;
  };

  try {
    const tag = await idOf('api::tag.tag', { slug: 'hakaton' });
    const students = await idOf('api::audience.audience', { code: 'students' });
    const seededSpeakers = (await strapi.db.query('api::speaker.speaker').findMany({ select: ['documentId', 'slug'], where: { publishedAt: { $notNull: true } } })) as Array<{ documentId: string; slug: string }>;
    const irina = await idOf('api::speaker.speaker', { slug: 'irina-sokolova' });
    const partnerIds = await Promise.all(['Векторсофт', 'Северный банк', 'Радио «Кампус FM»'].map((name) => idOf('api::partner.partner', { name })));
    const cover = await image('e2e-cover.png', '#0f766e', '#f59e0b', 'Обложка: E2E-медиа');

    const pageBlocks = async (prefix: string) => [
      { __component: 'blocks.description', heading: 'О программе', body: [paragraph('Мероприятие для проверки всех секций страницы: ', strong('программа'), ', спикеры, партнёры.'), heading('Что будет'), bullets('доклады', 'мастер-классы', 'нетворкинг')] },
      { __component: 'blocks.documents', heading: 'Документы', files: [await image(`${prefix}-regulations.png`, '#334155', '#94a3b8', 'Положение о мероприятии', 800, 600)] },
      { __component: 'blocks.program', heading: 'Программа', view: 'grid', showTracks: true },
      { __component: 'blocks.speakers', heading: 'Спикеры', mode: 'all' },
      {
        __component: 'blocks.gallery',
        heading: 'Фотографии',
        images: [await image(`${prefix}-photo-1.png`, '#1d4ed8', '#38bdf8', 'Зал перед открытием'), await image(`${prefix}-photo-2.png`, '#7c3aed', '#f472b6', 'Команды за работой')],
      },
      { __component: 'blocks.video', heading: 'Видео о мероприятии', video: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, caption: 'Ролик о прошлом годе' },
      {
        __component: 'blocks.slider',
        heading: 'Главное',
        autoplaySeconds: 0,
        slides: [
          { title: 'Открыта регистрация', text: 'Места ограничены.', image: await image(`${prefix}-slide-1.png`, '#b91c1c', '#fb923c', '') },
          { title: 'Призовой фонд', text: '500 000 ₽ для лучших команд.', image: await image(`${prefix}-slide-2.png`, '#15803d', '#a3e635', '') },
        ],
      },
      { __component: 'blocks.partners', heading: 'Партнёры' },
      { __component: 'blocks.news', heading: 'Новости', limit: 2 },
      { __component: 'blocks.ads', heading: 'Реклама' },
    ];

    const createEvent = async (slug: string, title: string, privacy: string, extra: Record<string, unknown> = {}) =>
      (
        await docs('api::event.event').create({
          data: {
            title,
            slug,
            summary: `${title}: хакатон для проверки сайта.`,
            startsAt: iso(base),
            endsAt: iso(at(8)),
            timezone: 'Europe/Moscow',
            format: 'hybrid',
            venue: 'Главный корпус МИЦО',
            address: 'Москва, Научный проезд, д. 14',
            privacy,
            tags: [tag],
            audiences: [students],
            registrationOpen: true,
            ...extra,
          } as never,
          locale: 'ru',
          status: 'published',
        })
      ).documentId;
    const createSession = async (event: string, title: string, startHours: number, hours: number, extra: Record<string, unknown> = {}) => {
      const created = await docs('api::session.session').create({
        data: { title, description: `${title}: описание сессии.`, startsAt: iso(at(startHours)), endsAt: iso(at(startHours + hours)), room: 'Аудитория 101', event, tags: [tag], speakers: [irina], ...extra } as never,
        locale: 'ru',
        status: 'published',
      });
      return { documentId: created.documentId, title, startsAt: iso(at(startHours)), endsAt: iso(at(startHours + hours)) };
    };

    // --- the media event: every section, streams and recordings at known times ---------------------
    const mediaTitle = 'E2E: медиа-день';
    const media = await createEvent('e2e-media', mediaTitle, 'public', {
      template: 'bold',
      cover,
      // a font of its own, other than the organization's (Golos Text): the browser tests check it renders
      branding: { primaryColor: '#0f766e', accentColor: '#b45309', font: 'roboto' },
      adSettings: { rotationSeconds: 3, order: 'fixed' },
      partners: partnerIds,
      seo: { metaTitle: 'E2E: медиа-день', metaDescription: 'Проверочное мероприятие со всеми секциями.' },
      blocks: await pageBlocks('e2e-media'),
    });
    const track = async (name: string, color: string, order: number, event: string) =>
      (await docs('api::track.track').create({ data: { name, color, order, event } as never, locale: 'ru' })).documentId;
    const hallA = await track('Зал А', '#0f766e', 1, media);
    const hallB = await track('Зал Б', '#7c3aed', 2, media);
    const live = await createSession(media, 'E2E: прямой эфир', 0, 1, {
      track: hallA,
      chatEnabled: true,
      stream: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      recordingUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      recordingAvailability: 'everyone',
      recordingAvailableAt: iso(at(2)),
      ads: { show: true, autoRefreshSeconds: 0 },
    });
    const registered = await createSession(media, 'E2E: запись для участников', 1, 1, {
      track: hallB,
      recordingUrl: 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/',
      recordingAvailability: 'registered',
    });
    const hls = await createSession(media, 'E2E: закрытый поток', 2, 1, { track: hallA, stream: { url: 'https://stream.uni.test/live/e2e.m3u8' } });
    const none = await createSession(media, 'E2E: без записи', 3, 1, { track: hallB, recordingAvailability: 'never' });
    const hiddenSessions: FixtureManifest['hidden']['sessions'] = [];
    for (const privacy of ['link', 'invite', 'closed'] as const) {
      const session = await createSession(media, `E2E скрытая сессия (${privacy}) хакатон`, 5, 1, { privacy, track: hallB });
      hiddenSessions.push({ title: session.title, documentId: session.documentId, privacy });
    }
    const ads: string[] = [];
    for (const [index, color] of ['#0f766e', '#1d4ed8', '#db2777'].entries()) {
      const erid = `E2EAD${index + 1}`;
      await docs('api::ad.ad').create({
        data: {
          title: `Баннер ${index + 1}`,
          url: `https://advertiser-${index + 1}.demo.test/`,
          order: index + 1,
          visible: true,
          advertiserName: `ООО «Рекламодатель ${index + 1}»`,
          advertiserInn: '7708123450',
          erid,
          event: { connect: [{ documentId: media, locale: 'ru' }] },
          image: await image(`e2e-ad-${index + 1}.png`, color, '#ffffff', `Баннер ${index + 1}`, 728, 90),
        } as never,
        status: 'published',
      });
      ads.push(erid);
    }
    await docs('api::ad.ad').create({
      data: { title: 'Скрытый баннер', url: 'https://hidden.demo.test/', order: 0, visible: false, advertiserName: 'ООО «Скрыт»', erid: 'E2EADHIDDEN', event: { connect: [{ documentId: media, locale: 'ru' }] } } as never,
      status: 'published',
    });
    await docs('api::news-item.news-item').create({
      data: { title: 'E2E: новость медиа-дня', slug: 'e2e-news', summary: 'Новость для проверки страницы новости.', body: [paragraph('Текст новости.')], date: iso(new Date(now.getTime() - HOUR)), event: media, tags: [tag] } as never,
      locale: 'ru',
      status: 'published',
    });

    // --- hidden events: never listed, searched, mapped or put in calendars for those not allowed ---
    const allowedEmail = 'e2e-allowed@uni.test';
    const marker = 'Невидимка';
    const hiddenEvents: FixtureManifest['hidden']['events'] = [];
    for (const privacy of ['link', 'invite', 'closed'] as const) {
      const title = `${marker} ${privacy}: закрытый хакатон`;
      const slug = `e2e-hidden-${privacy}`;
      const documentId = await createEvent(slug, title, privacy, privacy === 'closed' ? { allowlist: allowedEmail } : {});
      const session = await createSession(documentId, `${marker} ${privacy}: сессия`, 0, 1);
      hiddenEvents.push({ slug, title, privacy, documentId, sessionTitle: session.title, sessionId: session.documentId });
    }

    // --- a large event: 30 sessions, 20 speakers, every section ------------------------------------
    const extraSpeakers: string[] = [];
    for (let index = seededSpeakers.length; index < 20; index += 1) {
      extraSpeakers.push(
        (
          await docs('api::speaker.speaker').create({
            data: { name: `Гость Конференции ${index + 1}`, slug: `e2e-guest-${index + 1}`, position: 'Приглашённый эксперт', affiliation: 'Партнёр института', bio: 'Эксперт отрасли.' } as never,
            locale: 'ru',
            status: 'published',
          })
        ).documentId,
      );
    }
    const allSpeakers = [...seededSpeakers.map((speaker) => speaker.documentId), ...extraSpeakers].slice(0, 20);
    const largeTitle = 'E2E: большой форум';
    const large = await createEvent('e2e-large', largeTitle, 'public', {
      template: 'classic',
      cover,
      endsAt: iso(at(32)),
      adSettings: { rotationSeconds: 5, order: 'random' },
      partners: partnerIds,
      blocks: await pageBlocks('e2e-large'),
    });
    const largeTracks = [await track('Пленарный зал', '#1f3a93', 1, large), await track('Лекторий', '#b91c1c', 2, large), await track('Мастерская', '#15803d', 3, large)];
    for (let index = 0; index < 30; index += 1) {
      const day = index < 15 ? 0 : 24;
      const slot = index % 15;
      await createSession(large, `Доклад ${index + 1}: цифровые технологии в образовании`, day + Math.floor(slot / 3), 1, {
        track: largeTracks[slot % 3],
        speakers: [allSpeakers[index % allSpeakers.length], allSpeakers[(index + 7) % allSpeakers.length]],
        tags: [tag],
      });
    }
    await docs('api::news-item.news-item').create({
      data: { title: 'E2E: новость форума', slug: 'e2e-large-news', summary: 'Новость большого форума.', body: [paragraph('Текст.')], date: iso(now), event: large } as never,
      locale: 'ru',
      status: 'published',
    });
    await docs('api::ad.ad').create({
      data: { title: 'Баннер форума', url: 'https://forum-ad.demo.test/', order: 1, visible: true, advertiserName: 'ООО «Форум»', advertiserInn: '7708123450', erid: 'E2EFORUM1', event: { connect: [{ documentId: large, locale: 'ru' }] } } as never,
      status: 'published',
    });

    // --- recordings that really opened: sessions that ended hours ago -------------------------------
    const recordedTitle = 'E2E: записанный эфир';
    const realAt = (hours: number) => new Date(now.getTime() + hours * HOUR);
    const recordedEvent = await createEvent('e2e-recorded', recordedTitle, 'public', {
      startsAt: iso(realAt(-6)),
      endsAt: iso(realAt(-3)),
      tags: [],
      registrationOpen: false,
      blocks: [{ __component: 'blocks.program', heading: 'Программа', view: 'list', showTracks: false }],
    });
    const recordedSession = async (title: string, recordingAvailability: 'everyone' | 'registered', recordingUrl: string) => {
      const times = { startsAt: iso(realAt(-5)), endsAt: iso(realAt(-4)), recordingAvailableAt: iso(realAt(-3)) };
      const created = await docs('api::session.session').create({
        data: { title, description: `${title}: описание сессии.`, ...times, room: 'Студия', event: recordedEvent, speakers: [irina], recordingUrl, recordingAvailability } as never,
        locale: 'ru',
        status: 'published',
      });
      return { documentId: created.documentId, title, ...times, recordingUrl };
    };
    const recordedEveryone = await recordedSession('E2E: запись для всех', 'everyone', 'https://youtu.be/M7lc1UVf-VE');
    const recordedRegistered = await recordedSession('E2E: запись эфира для участников', 'registered', 'https://rutube.ru/video/fedcba9876543210fedcba9876543210/');
    // an attendee with a seat (no password: attendees sign in by emailed code, as the tests' attendeeJwt does)
    const registeredEmail = 'e2e-recording-viewer@uni.test';
    const authenticated = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
    const viewer = (await (strapi.plugin('users-permissions').service('user') as { add(data: Record<string, unknown>): Promise<{ id: number }> }).add({
      username: registeredEmail,
      email: registeredEmail,
      confirmed: true,
      blocked: false,
      role: authenticated.id,
      provider: 'local',
    })) as { id: number };
    const registrations = strapi.plugin('registration').service('registrations') as {
      claim(input: { eventDocumentId: string; user: number; answers: object; refCode: null; utm: null }): Promise<{ record: { status: string } }>;
    };
    const seat = await registrations.claim({ eventDocumentId: recordedEvent, user: viewer.id, answers: {}, refCode: null, utm: null });
    if (seat.record.status !== 'registered') throw new Error(`the recording viewer got "${seat.record.status}", not a seat`);

    return {
      base: iso(base),
      media: {
        slug: 'e2e-media',
        title: mediaTitle,
        documentId: media,
        sessions: { live: { ...live, recordingAvailableAt: iso(at(2)) }, registered, hls, none },
        ads,
        news: 'e2e-news',
      },
      hidden: { events: hiddenEvents, sessions: hiddenSessions, allowedEmail, marker },
      large: { slug: 'e2e-large', title: largeTitle, sessions: 30, speakers: allSpeakers.length },
      recorded: { slug: 'e2e-recorded', title: recordedTitle, sessions: { everyone: recordedEveryone, registered: recordedRegistered }, registeredEmail },
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// CLI: load the compiled app (dist/, built by prepareBuilds) on the configured database.
if (process.argv[1] && /fixtures\.ts$/.test(process.argv[1])) {
  const { createRequire } = await import('node:module');
  const { dirname, resolve } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  process.env.ENV_PATH ??= join(root, '.env');
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  process.env.JOBS_RUN_WORKER ??= 'false';
  process.env.LOG_LEVEL ??= 'warn';
  const output = process.argv[2];
  if (!output) throw new Error('usage: tsx scripts/e2e/fixtures.ts <manifest.json>');
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
  const app = await createStrapi({ appDir: root, distDir: join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  let code = 0;
  try {
    const manifest = await createFixtures(app);
    await writeFile(output, JSON.stringify(manifest, null, 2));
    console.log(`[fixtures] written to ${output}`);
  } catch (error) {
    code = 1;
    console.error('[fixtures] failed:', error);
  } finally {
    await app.destroy();
  }
  process.exit(code);
}
