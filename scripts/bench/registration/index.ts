/**
 * Registration benchmark (PostgreSQL): one-click registrations per second for one hot event, through
 * Strapi's HTTP API, next to plain single-row INSERT transactions per second on the same database,
 * both measured in this run with the same number of concurrent clients. Checks that no seat was
 * sold twice: exactly `capacity` registered, the rest waitlisted, one row per user.
 *
 *   npx tsx scripts/bench/registration/index.ts [--users 4000] [--capacity 3000] [--concurrency N (default: 8, then 32)] [--seconds 8] [--mail]
 *
 * Confirmation mails: the instance runs its confirmation sweeper (it queues a mail job for each new
 * registration, a bounded batch every interval) as every instance does, so its cost is in the
 * figures; the job worker is off, as on a web-only replica, so no mail is sent. With --mail the
 * worker runs too and sends the mails to a local SMTP sink: one instance doing everything.
 *
 * Needs PostgreSQL (TEST_PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres); creates
 * and drops its own database. The load runs in a child process; Strapi runs in this one. The box is
 * shared, so besides the rates it prints the CPU each registration costs (Strapi, PostgreSQL, client).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { createTestDatabase } from '../../testing/databases.ts';
import { root } from '../../testing/paths.ts';
import { bootStrapi } from '../../testing/strapi.ts';
import { startSmtpSink } from '../../smtp-sink/sink.ts';

interface LoadResult {
  count: number;
  elapsedMs: number;
  /** CPU time of the load generator itself. */
  cpuMs: number;
  latencies: number[];
  statuses: Record<string, number>;
}

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const USERS = arg('users', 4000);
const CAPACITY = Math.min(arg('capacity', 3000), USERS);
const CONCURRENCIES = process.argv.includes('--concurrency') ? [arg('concurrency', 32)] : [8, 32];
const SECONDS = arg('seconds', 8);
const WITH_MAIL = process.argv.includes('--mail');

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

function runWorker(data: Record<string, unknown>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-worker.mjs', import.meta.url), [], { serialization: 'advanced' });
    child.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) => {
      if (message.ok && message.result) resolve(message.result);
      else reject(new Error(message.error ?? 'load generator failed'));
    });
    child.once('error', reject);
    child.send(data);
  });
}

/** CPU time (ms) used so far by the PostgreSQL backends serving this database (Linux /proc). */
async function postgresCpuMs(knex: Knex): Promise<Map<number, number>> {
  const rows = (await knex.raw('select pid from pg_stat_activity where datname = current_database()')) as { rows: Array<{ pid: number }> };
  const out = new Map<number, number>();
  for (const { pid } of rows.rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name, in clock ticks (1/100 s)
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // not on Linux, or the backend ended: left out of the estimate
    }
  }
  return out;
}

const cpuDelta = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

const line = (label: string, result: LoadResult) => {
  const rate = (result.count / result.elapsedMs) * 1000;
  console.log(
    `${label.padEnd(44)} ${rate.toFixed(0).padStart(7)} /s   p50 ${percentile(result.latencies, 50).toFixed(1)} ms   p99 ${percentile(result.latencies, 99).toFixed(1)} ms   (${result.count} in ${(result.elapsedMs / 1000).toFixed(1)} s)`,
  );
  return rate;
};

process.env.DATABASE_CLIENT = 'postgres';
process.env.TEST_LOG_LEVEL = process.env.TEST_LOG_LEVEL || 'error';
console.log(
  `Registration benchmark: ${USERS} users per hot event, capacity ${CAPACITY} (waitlist on); load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
// the app as the tests run it: compiled to dist/
execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.json`], { cwd: root, stdio: 'inherit' });
const db = await createTestDatabase('bench');
const mailDir = WITH_MAIL ? await mkdtemp(join(tmpdir(), 'mmso-bench-mail-')) : null;
const sink = mailDir ? await startSmtpSink({ port: 0, dir: mailDir }) : null;
const app = await bootStrapi({
  db,
  env: {
    DATABASE_POOL_MAX: String(Math.max(...CONCURRENCIES)),
    REDIS_URL: '',
    JOBS_RUN_WORKER: sink ? 'true' : 'false',
    ...(sink ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) } : {}),
  },
});
console.log(
  sink
    ? 'Confirmation mails: sweeper and job worker on, sent to a local SMTP sink'
    : 'Confirmation mails: sweeper on (queues the jobs), job worker off (none sent)',
);
try {
  const { strapi } = app;
  const knex = strapi.db.connection as unknown as Knex;
  const hotEvent = async (slug: string) =>
    strapi.documents('api::event.event').create({
      data: {
        title: 'Горячее событие',
        slug,
        startsAt: '2099-06-01T07:00:00.000Z',
        endsAt: '2099-06-01T15:00:00.000Z',
        registrationOpen: true,
        capacity: CAPACITY,
        waitlistEnabled: true,
        registrationForm: [{ key: 'track', type: 'single-choice', label: 'Секция', options: 'A\nB' }],
      } as never,
      status: 'published',
    });

  // known users: complete profile, consent already given, a session each ("Хочу пойти" is one click)
  const consent = (await strapi.db.query('plugin::registration.consent-text').findOne({ orderBy: { version: 'desc' } })) as { version: number };
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
  const now = new Date();
  const emails: string[] = [];
  for (let i = 0; i < USERS; i += 500) {
    const batch = Array.from({ length: Math.min(500, USERS - i) }, (_, j) => {
      const email = `bench-${i + j}@uni.test`;
      emails.push(email);
      return {
        document_id: randomBytes(12).toString('hex'),
        username: email,
        email,
        provider: 'local',
        confirmed: true,
        blocked: false,
        first_name: 'Нагрузка',
        last_name: `Тест ${i + j}`,
        created_at: now,
        updated_at: now,
        published_at: now,
      };
    });
    await knex('up_users').insert(batch);
  }
  const users = (await knex('up_users').whereIn('email', emails).select('id')) as Array<{ id: number }>;
  for (let i = 0; i < users.length; i += 500) {
    const batch = users.slice(i, i + 500);
    await knex('up_users_role_lnk').insert(batch.map((user) => ({ user_id: user.id, role_id: role.id })));
    await knex('registration_consents').insert(
      batch.map((user) => ({
        document_id: randomBytes(12).toString('hex'),
        user_id: user.id,
        text_version: consent.version,
        accepted_at: now,
        created_at: now,
        updated_at: now,
        published_at: now,
      })),
    );
  }
  const jwt = strapi.plugin('users-permissions').service('jwt') as { issue(payload: { id: number }): Promise<string> | string };
  const tokens: string[] = [];
  for (let i = 0; i < users.length; i += 50) tokens.push(...(await Promise.all(users.slice(i, i + 50).map((user) => jwt.issue({ id: user.id })))));

  const server = app.server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const urlOf = (slug: string) => `http://127.0.0.1:${port}/api/registration/events/${slug}/registrations`;

  // a short warm-up on another event (JIT, connection pool, caches), not counted
  await strapi.documents('api::event.event').create({
    data: { title: 'Разогрев', slug: 'bench-warm', startsAt: '2099-06-01T07:00:00.000Z', endsAt: '2099-06-01T15:00:00.000Z', registrationOpen: true } as never,
    status: 'published',
  });
  await runWorker({ kind: 'http', url: urlOf('bench-warm'), tokens: tokens.slice(0, 300), concurrency: 8 });

  await knex.schema.createTable('bench_plain_inserts', (table) => {
    table.bigIncrements('id');
    table.bigInteger('user_id');
    table.string('event_document_id');
    table.timestamp('created_at', { useTz: true });
  });
  const databaseUrl = db.env.DATABASE_URL ?? '';

  let ok = true;
  let best = 0;
  for (const concurrency of CONCURRENCIES) {
    const slug = `bench-hot-${concurrency}`;
    const event = await hotEvent(slug);
    console.log(`\n${concurrency} concurrent clients:`);
    const pgBefore = await postgresCpuMs(knex);
    const strapiBefore = process.cpuUsage();
    const registrations = await runWorker({ kind: 'http', url: urlOf(slug), tokens, concurrency });
    const strapiCpu = process.cpuUsage(strapiBefore);
    const pgCpuMs = cpuDelta(pgBefore, await postgresCpuMs(knex));
    // the same database, a plain table, single-row INSERT transactions, the same number of clients
    const plain = await runWorker({ kind: 'sql', connectionString: databaseUrl, concurrency, seconds: SECONDS, table: 'bench_plain_inserts' });
    const regRate = line('  one-click registrations (HTTP, hot event)', registrations);
    const plainRate = line('  plain single-row INSERT transactions (SQL)', plain);
    best = Math.max(best, regRate);
    console.log(`  ratio: registrations run at ${((regRate / plainRate) * 100).toFixed(1)}% of plain inserts (1 : ${(plainRate / regRate).toFixed(1)})`);
    // what one registration costs in CPU, whatever else the machine is doing: the rate 2 idle cores would sustain
    const perStrapi = (strapiCpu.user + strapiCpu.system) / 1000 / registrations.count;
    const perPostgres = pgCpuMs / registrations.count;
    const perClient = registrations.cpuMs / registrations.count;
    console.log(
      `  CPU per registration: Strapi ${perStrapi.toFixed(2)} ms, PostgreSQL ${perPostgres.toFixed(2)} ms, load generator ${perClient.toFixed(2)} ms` +
        ` -> 2 idle cores: about ${Math.round(2000 / (perStrapi + perPostgres + perClient))}/s (Strapi alone on one core: ${Math.round(1000 / perStrapi)}/s)`,
    );

    const counts = (await knex('registration_registrations')
      .where({ event_document_id: event.documentId })
      .select('status')
      .count({ n: '*' })
      .groupBy('status')) as Array<{ status: string; n: string | number }>;
    const by = Object.fromEntries(counts.map((row) => [row.status, Number(row.n)]));
    const distinctUsers = (await knex('registration_registrations').where({ event_document_id: event.documentId }).countDistinct({ n: 'user_id' }).first()) as {
      n: string | number;
    };
    const fine =
      (by.registered ?? 0) === CAPACITY &&
      (by.waitlisted ?? 0) === USERS - CAPACITY &&
      Number(distinctUsers.n) === USERS &&
      (registrations.statuses['201'] ?? 0) === USERS;
    ok &&= fine;
    console.log(
      `  seats: ${by.registered ?? 0} registered of ${CAPACITY}, ${by.waitlisted ?? 0} waitlisted, ${Number(distinctUsers.n)} distinct users; responses ${JSON.stringify(registrations.statuses)}`,
    );
    console.log(fine ? '  overbooking: none' : `  FAILED: overbooked by ${(by.registered ?? 0) - CAPACITY}, or requests failed`);
    const queued = (await knex('platform_jobs').where({ name: 'registration.confirmation-mail' }).count({ n: '*' }).first()) as { n: string | number };
    const mailed = mailDir ? (await readdir(mailDir)).filter((file) => file.endsWith('.eml')).length : null;
    const sweeper = strapi.config.get('plugin::registration.confirmations') as { batchSize: number; intervalMs: number };
    console.log(
      `  confirmation mails so far (all runs and the warm-up): ${Number(queued.n)} queued${mailed === null ? '' : `, ${mailed} sent`}` +
        ` (the sweeper queues up to ${sweeper.batchSize} every ${sweeper.intervalMs} ms)`,
    );
  }
  console.log(
    `\nbest: ${best.toFixed(0)} registrations/s; target (>= 300/s): ${best >= 300 ? 'met' : 'NOT met'}; load average now ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  process.exitCode = ok ? 0 : 1;
  server.close();
} finally {
  await app.stop();
  await db.drop();
  await sink?.close();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
}
