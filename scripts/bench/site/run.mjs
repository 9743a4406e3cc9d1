#!/usr/bin/env node
// Site benchmark: requests/s and p99 of the poster and of a large event page (30 sessions, 20 speakers,
// every section) at 50 connections, from the site's page cache and rendered on every request, against
// a bare Node server sending the same HTML and stock Strapi's `GET /api/events?populate=*`, in one run.
//   node scripts/bench/site/run.mjs [--seconds=10] [--sqlite] [--compare=<site build>]
// PostgreSQL by default (a fresh database, dropped after; TEST_PG_ADMIN_URL), SQLite with --sqlite.
// Uses wrk when installed (`apt-get install -y wrk`), otherwise a Node load generator.
// --compare=<dir>: another build of the site (a copy of frontend/.output, e.g. made before a change)
// rendering every page too, measured in the same run, in turns with this one: the uncached figures
// before / after (rates averaged over the turns, latencies their median).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from '../../lib/paths.mjs';
import { freePort, freshDatabase, prepareBuilds, run, runSeed, siteLinkEnv, startProcess, startSite, startStrapi, stopAll, stopProcess, waitForUrl } from '../../lib/stack.mjs';
import { hasWrk, measure } from './load.mjs';

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const seconds = Number(args.get('seconds') ?? 10);
const sqlite = args.has('sqlite');
const compare = args.get('compare') ? resolve(args.get('compare')) : undefined;
const connections = 50;
const workDir = join(root, '.tmp', 'bench-site');
const log = (line) => console.log(`[bench] ${line}`);
const cleanups = [];

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

try {
  mkdirSync(workDir, { recursive: true });
  prepareBuilds({ admin: false, log });
  const dbEnv = await freshDatabase({ postgres: !sqlite, workDir, prefix: 'mmso_bench', pool: { min: 2, max: 10 }, cleanups });
  log(`database: ${dbEnv.DATABASE_CLIENT}; load generator: ${hasWrk() ? 'wrk' : 'node (install wrk for full-speed figures)'}`);
  runSeed({ env: { ...dbEnv, LOG_LEVEL: 'warn' }, quiet: true });
  const fixtures = join(workDir, 'fixtures.json');
  run(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'e2e', 'fixtures.ts'), fixtures], { env: dbEnv, quiet: true });

  const quiet = { LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const cachedPort = await freePort();
  const link = siteLinkEnv({ siteUrl: `http://127.0.0.1:${cachedPort}`, env: {} });
  const strapi = await startStrapi({ port: await freePort(), env: { ...dbEnv, ...link.strapi, ...quiet }, logFile: join(workDir, 'strapi.log') });
  const cached = await startSite({ port: cachedPort, strapiUrl: strapi.url, env: { ...link.site }, logFile: join(workDir, 'site-cached.log') });
  // rendered on every request: no page cache (the CMS answers stay in the 30 s data cache)
  const uncached = await startSite({ port: await freePort(), strapiUrl: strapi.url, env: { ...link.site, NUXT_PAGE_CACHE: 'false' }, logFile: join(workDir, 'site-uncached.log') });

  // the same, from another build of the site
  let before;
  if (compare) {
    if (!existsSync(join(compare, 'server', 'index.mjs'))) throw new Error(`--compare: ${compare} holds no site build (server/index.mjs)`);
    const port = await freePort();
    const child = startProcess('site-before', process.execPath, [join(compare, 'server', 'index.mjs')], {
      env: { ...link.site, NUXT_PAGE_CACHE: 'false', HOST: '127.0.0.1', NITRO_HOST: '127.0.0.1', PORT: String(port), NITRO_PORT: String(port), NUXT_STRAPI_URL: strapi.url, NUXT_PUBLIC_STRAPI_PUBLIC_URL: strapi.url },
      logFile: join(workDir, 'site-before.log'),
    });
    before = { url: `http://127.0.0.1:${port}` };
    await waitForUrl(before.url, { child, statuses: [200, 404, 500, 503] });
  }

  const paths = { poster: '/', event: '/events/e2e-large' };
  const files = [];
  for (const [name, path] of Object.entries(paths)) {
    const response = await fetch(`${cached.url}${path}`);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const file = join(workDir, `${name}.html`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    files.push(`${path}=${file}`);
  }
  const barePort = await freePort();
  // its own process group, like every child of scripts/lib/stack.mjs: stopProcess signals the group
  const bare = spawn(process.execPath, [join(root, 'scripts', 'bench', 'site', 'bare-server.mjs'), String(barePort), ...files], { stdio: 'ignore', detached: true });
  cleanups.push(() => stopProcess(bare));
  const bareUrl = `http://127.0.0.1:${barePort}`;
  await waitForUrl(`${bareUrl}/`, { child: bare });

  const runs = [
    ['bare Node, poster', `${bareUrl}${paths.poster}`],
    ['bare Node, large event', `${bareUrl}${paths.event}`],
    ['site cached, poster', `${cached.url}${paths.poster}`],
    ['site cached, large event', `${cached.url}${paths.event}`],
    ['site uncached, poster', `${uncached.url}${paths.poster}`],
    ['site uncached, large event', `${uncached.url}${paths.event}`],
    ...(before
      ? [
          ['before: uncached, poster', `${before.url}${paths.poster}`],
          ['before: uncached, large event', `${before.url}${paths.event}`],
        ]
      : []),
    ['Strapi /api/events?populate=*', `${strapi.url}/api/events?populate=*`],
  ];
  const results = new Map();
  const report = (name, result) =>
    log(`${name.padEnd(32)} ${fmt(result.rps).padStart(8)} req/s   p50 ${fmt(result.p50, 1).padStart(7)} ms   p99 ${fmt(result.p99, 1).padStart(7)} ms${result.errors ? `   non-2xx ${result.errors}` : ''} ${result.note}`);
  // with --compare the uncached pages of both builds are measured in turns (ROUNDS slices each), so
  // a change of the machine's load during the run weighs on both alike
  const ROUNDS = 3;
  const inTurns = (name) => Boolean(before) && /uncached/.test(name);
  for (const [name, url] of runs) {
    if (inTurns(name)) continue;
    await measure(url, { connections, seconds: 2 }); // warm-up: caches filled, JIT warm
    const result = await measure(url, { connections, seconds });
    results.set(name, result);
    report(name, result);
  }
  if (before) {
    const turns = runs.filter(([name]) => inTurns(name));
    for (const [, url] of turns) await measure(url, { connections, seconds: 2 });
    const slices = new Map(turns.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, url] of turns) slices.get(name).push(await measure(url, { connections, seconds: Math.max(2, Math.round(seconds / ROUNDS)) }));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    for (const [name, parts] of slices) {
      const result = {
        tool: parts[0].tool,
        rps: parts.reduce((sum, part) => sum + part.rps, 0) / parts.length,
        p50: median(parts.map((part) => part.p50)),
        p99: median(parts.map((part) => part.p99)),
        errors: parts.reduce((sum, part) => sum + part.errors, 0),
        note: `(${ROUNDS} turns: ${parts.map((part) => fmt(part.rps)).join(' / ')} req/s)`,
      };
      results.set(name, result);
      report(name, result);
    }
  }

  const get = (name) => results.get(name);
  const os = await import('node:os');
  const workers = Number.parseInt(process.env.NITRO_CLUSTER_WORKERS ?? '', 10) || cpus().length;
  console.log(`\nSite benchmark (${connections} connections, ${seconds} s each, ${get('bare Node, poster').tool}, ${dbEnv.DATABASE_CLIENT}, ${os.cpus().length} cores, site workers ${workers}, load average ${os.loadavg()[0].toFixed(1)})`);
  console.log('cached = served from the site\'s page cache; uncached = rendered on every request (CMS answers from its 30 s data cache)\n');
  console.log('| target | req/s | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|');
  for (const [name] of runs) {
    const r = get(name);
    console.log(`| ${name} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} |`);
  }
  const ratio = (a, b) => get(a).rps / get(b).rps;
  console.log('\nRatios');
  for (const page of ['poster', 'large event']) {
    const cachedRatio = ratio(`site cached, ${page}`, `bare Node, ${page}`);
    const uncachedRun = get(`site uncached, ${page}`);
    console.log(`  ${page}: cached / bare = ${fmt(cachedRatio, 2)} (target >= 0.20: ${cachedRatio >= 0.2 ? 'met' : 'NOT met'})`);
    console.log(`  ${page}: uncached = ${fmt(uncachedRun.rps)} req/s, p99 ${fmt(uncachedRun.p99)} ms (target >= 100 req/s, p99 < 1000 ms: ${uncachedRun.rps >= 100 && uncachedRun.p99 < 1000 ? 'met' : 'NOT met'})`);
    console.log(`  ${page}: cached / Strapi populate=* = ${fmt(ratio(`site cached, ${page}`, 'Strapi /api/events?populate=*'), 1)}, uncached / Strapi = ${fmt(ratio(`site uncached, ${page}`, 'Strapi /api/events?populate=*'), 2)}`);
    if (before) {
      const was = get(`before: uncached, ${page}`);
      console.log(`  ${page}: uncached now / before = ${fmt(ratio(`site uncached, ${page}`, `before: uncached, ${page}`), 2)} (p99 ${fmt(was.p99)} -> ${fmt(uncachedRun.p99)} ms)`);
    }
  }
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
  for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
}
