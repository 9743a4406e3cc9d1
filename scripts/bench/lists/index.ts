/**
 * Registrant lists benchmark (PostgreSQL): one event with 100,000 registrations (bulk-inserted in SQL),
 * an event manager's admin API on a real Strapi:
 *
 * - p50/p95 of a filtered, sorted page of the list (`GET /registration/events/:id/registrants`);
 * - the full CSV export of the list (`…/registrants/export`, streamed) next to PostgreSQL's own
 *   `COPY (<the export's own SELECT>) TO STDOUT (FORMAT csv)` through psql, in the same run, as a ratio;
 * - the peak memory the export adds to the Strapi process (RSS sampled every 10 ms, over the RSS
 *   before it; Strapi runs in this process, the HTTP client reads and drops the bytes).
 *
 *   npx tsx scripts/bench/lists/index.ts [--registrations 100000] [--requests 100]
 *
 * Targets: page p95 < 200 ms; the export within 3x of COPY and under 150 MB added memory. Needs
 * PostgreSQL (TEST_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres) and psql;
 * creates and drops its own database.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import type { Knex } from 'knex';
import { adminRoleId, adminWithRoles, superAdmin } from '../../testing/admins.ts';
import { createTestDatabase } from '../../testing/databases.ts';
import { root } from '../../testing/paths.ts';
import { bootStrapi } from '../../testing/strapi.ts';

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const REGISTRATIONS = arg('registrations', 100_000);
const REQUESTS = arg('requests', 60);
const MB = 1024 * 1024;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

interface ExportService {
  select(event: unknown, query: unknown): Knex.QueryBuilder;
}
interface RegistrantsService {
  event(documentId: string): Promise<unknown>;
  parse(event: unknown, raw: Record<string, unknown>): unknown;
}

/** Bytes and lines of a response body read to its end (and dropped), and the time to its last byte. */
async function drain(response: Response, started: number): Promise<{ bytes: number; lines: number; ms: number }> {
  let bytes = 0;
  let lines = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  return { bytes, lines, ms: performance.now() - started };
}

/** PostgreSQL's COPY of a SELECT to psql's stdout: bytes and time. */
function copyOut(databaseUrl: string, select: string): Promise<{ bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('psql', [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `COPY (${select}) TO STDOUT (FORMAT csv)`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve({ bytes, ms: performance.now() - started }) : reject(new Error(`psql exited with ${code}`))));
  });
}

const gc = (globalThis as { gc?: () => void }).gc;

process.env.DATABASE_CLIENT = 'postgres';
process.env.TEST_LOG_LEVEL = process.env.TEST_LOG_LEVEL || 'error';
console.log(`Registrant lists benchmark: ${REGISTRATIONS} registrations on one event; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.json`], { cwd: root, stdio: 'inherit' });
const db = await createTestDatabase('bench-lists');
const app = await bootStrapi({ db, env: { REDIS_URL: '', JOBS_RUN_WORKER: 'false', DATABASE_POOL_MAX: '10' } });
let ok = true;
try {
  const { strapi } = app;
  const knex = strapi.db.connection as unknown as Knex;
  const manager = await adminWithRoles(app, 'bench-lists-manager', [await adminRoleId(app, 'mmso-event-manager')]);
  const event = await strapi.documents('api::event.event').create({
    data: {
      title: 'Большое событие',
      slug: 'bench-lists',
      startsAt: '2099-06-01T07:00:00.000Z',
      endsAt: '2099-06-01T15:00:00.000Z',
      registrationOpen: true,
      capacity: REGISTRATIONS,
      waitlistEnabled: true,
      managers: [manager.id],
      registrationForm: [
        { key: 'track', type: 'single-choice', label: 'Направление', options: 'ML\nВеб\nДизайн' },
        { key: 'topics', type: 'multiple-choice', label: 'Темы', options: 'a\nb\nc' },
        { key: 'agree', type: 'checkbox', label: 'Согласен на фото' },
        { key: 'about', type: 'long-text', label: 'О себе' },
      ],
    } as never,
    status: 'published',
  });

  // people and registrations, in SQL (seconds, not the API's minutes)
  const started = performance.now();
  await knex.raw(
    `INSERT INTO up_users (document_id, username, email, provider, confirmed, blocked, first_name, last_name, city, status, phone, created_at, updated_at, published_at)
     SELECT 'u' || lpad(g::text, 23, '0'), 'bench' || g || '@uni.test', 'bench' || g || '@uni.test', 'local', true, false,
       (ARRAY['Иван','Мария','Пётр','Анна','Сергей','Ольга','John','Ёлка'])[1 + g % 8],
       (ARRAY['Иванов','Смирнова','Ёжиков','Петрова','Орлов','Лебедева','Smith','Кузнецов','Попова','Соколов'])[1 + (g * 7) % 10] || (g % 211)::text,
       (ARRAY['Москва','Казань','Санкт-Петербург',NULL])[1 + g % 4], (ARRAY['student','applicant','staff','other'])[1 + g % 4],
       '+7900' || lpad(g::text, 7, '0'), now(), now(), now()
     FROM generate_series(1, ?) AS g`,
    [REGISTRATIONS],
  );
  await knex.raw(
    `INSERT INTO registration_registrations (document_id, user_id, event_document_id, status, arrival, seat, answers, ref_code, utm, language,
       registered_at, created_at, updated_at, confirmed_arrival)
     SELECT 'r' || lpad(g::text, 23, '0'), u.id, ?,
       CASE WHEN g % 10 = 0 THEN 'cancelled' WHEN g % 10 = 1 THEN 'waitlisted' ELSE 'registered' END, g,
       CASE WHEN g % 10 > 1 THEN g END,
       jsonb_build_object('track', (ARRAY['ML','Веб','Дизайн'])[1 + g % 3], 'topics', CASE WHEN g % 2 = 0 THEN '["a","b"]'::jsonb ELSE '["c"]'::jsonb END,
         'agree', g % 2 = 0, 'about', CASE WHEN g % 50 = 0 THEN '=HYPERLINK("x")' ELSE 'Люблю ёлки и код №' || g END),
       CASE WHEN g % 7 = 0 THEN 'partner-itmo' END, CASE WHEN g % 5 = 1 THEN '{"source":"vk"}'::jsonb END, 'ru',
       timestamp '2026-11-01' + g * interval '13 seconds', now(), now(), g
     FROM generate_series(1, ?) AS g JOIN up_users u ON u.email = 'bench' || g || '@uni.test'`,
    [event.documentId, REGISTRATIONS],
  );
  await knex.raw('ANALYZE up_users; ANALYZE registration_registrations');
  console.log(`inserted ${REGISTRATIONS} people and registrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const server = app.server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registration/events/${event.documentId}/registrants`;
  const headers = { authorization: `Bearer ${manager.token}` };
  const root = await superAdmin(app, 'bench-lists-root');

  // pages: filtered and sorted views an organizer uses, random pages of 50
  const views: Array<[string, string]> = [
    ['registered, track ML or Веб, by last name', 'filters[status][$eq]=registered&filters[answers.track][$in]=ML,Веб&sort=lastName:asc'],
    ['search "иван", newest first', 'q=%D0%B8%D0%B2%D0%B0%D0%BD&sort=registeredAt:desc'],
    ['city contains "моск", by registration time', 'filters[profile.city][$contains]=%D0%BC%D0%BE%D1%81%D0%BA&sort=registeredAt:asc'],
    ['everyone, newest first (the default)', ''],
  ];
  const p95s: number[] = [];
  /** Latencies of `count` requests of random pages of a view (after 10 not counted). */
  const timePages = async (query: string, token: string, count: number) => {
    const latencies: number[] = [];
    let total = 0;
    for (let i = 0; i < count + 10; i += 1) {
      const page = 1 + Math.floor(Math.random() * 20);
      const at = performance.now();
      const response = await fetch(`${base}?pageSize=50&page=${page}&${query}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { pagination?: { total: number } };
      if (response.status !== 200) throw new Error(`page: ${response.status} ${JSON.stringify(body)}`);
      total = body.pagination?.total ?? 0;
      if (i >= 10) latencies.push(performance.now() - at);
    }
    return { latencies, total };
  };
  const ms = (latencies: number[]) => `p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${percentile(latencies, 95).toFixed(1)} ms`;
  console.log(`\npages (pageSize 50, random page of the first 20, ${REQUESTS} requests one after another, after 10 not counted), as the event's manager | as Super Admin:`);
  for (const [label, query] of views) {
    const asManager = await timePages(query, manager.token, REQUESTS);
    const asRoot = await timePages(query, root.token, Math.ceil(REQUESTS / 2));
    p95s.push(percentile(asManager.latencies, 95));
    console.log(`  ${label.padEnd(46)} ${String(asManager.total).padStart(7)} rows   ${ms(asManager.latencies)} | ${ms(asRoot.latencies)}`);
  }

  // the export and COPY of its own SELECT, twice each (the second warm), alternating
  const registrants = strapi.plugin('registration').service('registrants') as RegistrantsService;
  const listed = await registrants.event(event.documentId);
  const select = (strapi.plugin('registration').service('registrant-export') as ExportService).select(listed, registrants.parse(listed, {})).toString();
  const databaseUrl = db.env.DATABASE_URL ?? '';
  let peak = 0;
  const exports: number[] = [];
  const copies: number[] = [];
  console.log('\nfull export (all rows, default order, ;) and COPY (<its SELECT>) TO STDOUT (FORMAT csv):');
  for (let round = 1; round <= 2; round += 1) {
    gc?.();
    const baseline = process.memoryUsage();
    let max = baseline.rss;
    let maxHeap = baseline.heapUsed;
    const sample = () => {
      const now = process.memoryUsage();
      max = Math.max(max, now.rss);
      maxHeap = Math.max(maxHeap, now.heapUsed);
    };
    const sampler = setInterval(sample, 10);
    const at = performance.now();
    const response = await fetch(`${base}/export?delimiter=%3B`, { headers });
    const totalRows = Number(response.headers.get('x-mmso-total-rows'));
    const read = await drain(response, at);
    clearInterval(sampler);
    sample();
    const added = (max - baseline.rss) / MB;
    const addedHeap = (maxHeap - baseline.heapUsed) / MB;
    peak = Math.max(peak, added);
    exports.push(read.ms);
    // the header, then a line per row (no line end after the last)
    const fine = response.status === 200 && read.lines === totalRows && totalRows === REGISTRATIONS;
    ok &&= fine;
    const copy = await copyOut(databaseUrl, select);
    copies.push(copy.ms);
    console.log(
      `  round ${round}: export ${(read.ms / 1000).toFixed(2)} s, ${(read.bytes / MB).toFixed(1)} MB, ${read.lines} rows (X-MMSO-Total-Rows ${totalRows})${fine ? '' : ' MISMATCH'}, ` +
        `peak added RSS ${added.toFixed(1)} MB (RSS before ${(baseline.rss / MB).toFixed(0)} MB; JS heap in use up to ${addedHeap.toFixed(1)} MB over its ${(baseline.heapUsed / MB).toFixed(0)} MB, garbage included); COPY ${(copy.ms / 1000).toFixed(2)} s, ${(copy.bytes / MB).toFixed(1)} MB; ratio ${(read.ms / copy.ms).toFixed(2)}x`,
    );
  }
  const exportMs = Math.min(...exports);
  const copyMs = Math.min(...copies);
  const ratio = exportMs / copyMs;
  const worstP95 = Math.max(...p95s);
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  server.close();
  console.log(`\nsummary (load average now ${loadavg().map((n) => n.toFixed(1)).join(' ')}):`);
  console.log(`  page p95, worst view: ${worstP95.toFixed(1)} ms (target < 200 ms: ${verdict(worstP95 < 200)})`);
  console.log(`  export ${(exportMs / 1000).toFixed(2)} s, COPY ${(copyMs / 1000).toFixed(2)} s: ${ratio.toFixed(2)}x (target <= 3x: ${verdict(ratio <= 3)})`);
  console.log(`  peak added memory (RSS of the Strapi process over its RSS before the export): ${peak.toFixed(1)} MB (target < 150 MB: ${verdict(peak < 150)})`);
} finally {
  process.exitCode = ok ? 0 : 1;
  await app.stop();
  await db.drop();
}
