// Builds and starts the pieces of the platform as child processes: the demo, the browser tests and
// the benchmarks use these, so every one of them runs the stack the same way.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { root } from './paths.mjs';

const bin = (pkgPath) => join(root, 'node_modules', pkgPath);
const children = new Set();

/** Newest modification time under the given files or folders (skipping build output). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (['node_modules', '.nuxt', '.output', 'dist', '.tmp', '__tests__', 'tests'].includes(entry)) continue;
        visit(join(path, entry));
      }
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  paths.forEach((path) => visit(join(root, path)));
  return newest;
}

const mtime = (path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : 0);

/** Runs a command to completion with its output shown; throws when it fails. */
export function run(command, args, { env = {}, cwd = root, quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} failed with code ${result.status}${output}`);
  }
}

/**
 * Builds what is missing or older than its sources: the cms contract package, the Strapi server
 * (TypeScript -> dist/), the admin panel (when `admin`), and the Nuxt site.
 */
export function prepareBuilds({ admin = true, site = true, log = console.log } = {}) {
  if (mtime('cms/dist/index.js') < newestMtime(['cms/src', 'cms/package.json'])) {
    log('Building the cms contract package...');
    run(process.execPath, [bin('typescript/bin/tsc'), '-p', 'cms/tsconfig.json']);
  }
  const serverSources = newestMtime(['src', 'config', 'database', 'types', 'tsconfig.json', 'package-lock.json']);
  if (admin && mtime('dist/build/index.html') < serverSources) {
    log('Building the admin panel (about a minute)...');
    run(process.execPath, [bin('@strapi/strapi/bin/strapi.js'), 'build'], { env: { NODE_ENV: 'production' } });
  } else {
    run(process.execPath, [bin('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  }
  if (site && mtime('frontend/.output/server/index.mjs') < newestMtime(['frontend', 'cms/src'])) {
    log('Building the site...');
    run('npm', ['run', 'build', '-w', 'frontend']);
  }
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `url` answers with one of `statuses`, rejects after `timeoutMs` or if `child` exits. */
export async function waitForUrl(url, { timeoutMs = 120_000, statuses = [200, 204], child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${child.label ?? 'process'} exited with code ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (statuses.includes(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts a long-running child. Its output goes to the console with a `[label]` prefix, or to
 * `logFile`. Every child started here is stopped by `stopAll()`.
 */
export function startProcess(label, command, args, { env = {}, logFile, cwd = root } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  child.label = label;
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    const out = createWriteStream(logFile, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  } else {
    const prefix = (stream, target) => {
      let buffer = '';
      stream.on('data', (chunk) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) target.write(`[${label}] ${line}\n`);
      });
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a child (SIGTERM to its process group, SIGKILL after `graceMs`). */
export async function stopProcess(child, graceMs = 8_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (sig) => {
    try {
      if (child.pid && process.platform !== 'win32') process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map((child) => stopProcess(child)));
}

/** Strapi (`strapi start`, the compiled app) on `port`; resolves once /_health answers. */
export async function startStrapi({ port = 1337, env = {}, logFile } = {}) {
  const child = startProcess('strapi', process.execPath, [bin('@strapi/strapi/bin/strapi.js'), 'start'], {
    env: { HOST: '127.0.0.1', ...env, PORT: String(port) },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/_health`, { child });
  return { url, child, stop: () => stopProcess(child) };
}

/** The built Nuxt site on `port`, talking to Strapi at `strapiUrl`; resolves once it serves pages. */
export async function startSite({ port = 3000, strapiUrl, publicStrapiUrl, env = {}, logFile } = {}) {
  const child = startProcess('site', process.execPath, [join(root, 'frontend', '.output', 'server', 'index.mjs')], {
    env: {
      HOST: '0.0.0.0',
      NITRO_HOST: '0.0.0.0',
      ...env,
      PORT: String(port),
      NITRO_PORT: String(port),
      NUXT_STRAPI_URL: strapiUrl,
      NUXT_PUBLIC_STRAPI_PUBLIC_URL: publicStrapiUrl ?? strapiUrl,
    },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(url, { child, statuses: [200, 404, 500, 503] });
  return { url, child, stop: () => stopProcess(child) };
}

/** The demo seed against the database `env` configures (idempotent). */
export function runSeed({ env = {}, quiet = false } = {}) {
  run(process.execPath, [bin('tsx/dist/cli.mjs'), join(root, 'scripts', 'seed', 'index.ts')], { env, quiet });
}

/** The local SMTP sink (writes .eml files); resolves once it listens. */
export async function startSmtpSink({ port = 1025, dir = join(root, '.tmp', 'mail'), env = {}, logFile } = {}) {
  const child = startProcess('smtp', process.execPath, [bin('tsx/dist/cli.mjs'), join(root, 'scripts', 'smtp-sink', 'index.ts')], {
    env: { ...env, SMTP_SINK_PORT: String(port), SMTP_SINK_DIR: dir },
    logFile,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the SMTP sink exited with code ${child.exitCode}`);
    const listening = await new Promise((resolve) => {
      const socket = createServer().listen(port, '127.0.0.1');
      socket.once('listening', () => socket.close(() => resolve(false)));
      socket.once('error', () => resolve(true));
    });
    if (listening) return { port, dir, child, stop: () => stopProcess(child) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the SMTP sink did not listen on ${port}`);
}

/**
 * What Strapi and the site share: the secret of the site's cache-revalidation endpoint (Strapi calls
 * it on every publication), the secret of preview links, the secret with which the site vouches for
 * visitors' addresses, and the site's read-only API token for drafts (Strapi provisions a token with
 * this key at boot). Values from the environment win; missing ones are generated for this run.
 */
export function siteLinkEnv({ siteUrl, env = process.env } = {}) {
  const secret = (name) => env[name] || randomBytes(24).toString('hex');
  const revalidate = secret('SITE_REVALIDATE_SECRET');
  const preview = secret('PREVIEW_SECRET');
  const token = secret('SITE_API_TOKEN');
  const proxy = secret('SITE_PROXY_SECRET');
  return {
    strapi: { SITE_REVALIDATE_URLS: siteUrl, SITE_REVALIDATE_SECRET: revalidate, SITE_API_TOKEN: token, PREVIEW_SECRET: preview, SITE_PROXY_SECRET: proxy, SITE_URL: siteUrl },
    site: { NUXT_REVALIDATE_SECRET: revalidate, NUXT_STRAPI_TOKEN: token, NUXT_PREVIEW_SECRET: preview, NUXT_PROXY_SECRET: proxy },
  };
}

/**
 * A fresh database for one run of the stack, and its environment for Strapi and the seed: SQLite at
 * `<workDir>/data.db` (its old files removed), or with `postgres` a new database `<prefix>_<random>` on
 * TEST_PG_ADMIN_URL whose drop is pushed onto `cleanups` (a pool of `pool.min`..`pool.max` connections).
 */
export async function freshDatabase({ postgres, workDir, prefix, pool, cleanups, log = () => {} }) {
  if (!postgres) {
    const file = join(workDir, 'data.db');
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file };
  }
  const { default: pg } = await import('pg');
  const adminUrl = process.env.TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const withAdmin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await withAdmin(`CREATE DATABASE "${name}"`);
  cleanups.push(async () => {
    await withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    log(`dropped database ${name}`);
  });
  log(`created database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: String(pool.min), DATABASE_POOL_MAX: String(pool.max) };
}
