// The site as it runs in production: one worker per core, each with its own caches. A publication
// reaches one worker (the CMS calls the site once); every worker must drop its cached pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, strapiUrl } from './support/browser';
import { fixtures } from './support/space';

const secret = randomBytes(24).toString('hex');
let site: ChildProcess | undefined;
let base = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A GET on a connection of its own (the cluster hands connections to its workers in turn): the page cache's verdict. */
const cacheState = (path: string) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(`${base}${path}`, { agent: false, headers: { connection: 'close' } }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(String(response.headers['x-page-cache'])) : reject(new Error(`${path} answered ${response.statusCode}`))));
      })
      .on('error', reject);
  });

const states = async (path: string, count: number) => {
  const seen: string[] = [];
  for (let index = 0; index < count; index += 1) seen.push(await cacheState(path));
  return seen;
};
const misses = (seen: string[]) => seen.filter((state) => state === 'MISS').length;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  site = spawn(process.execPath, [join(repoRoot, 'frontend', '.output', 'server', 'index.mjs')], {
    env: {
      ...process.env,
      NITRO_CLUSTER_WORKERS: '2',
      HOST: '127.0.0.1',
      NITRO_HOST: '127.0.0.1',
      PORT: String(port),
      NITRO_PORT: String(port),
      NUXT_STRAPI_URL: strapiUrl(),
      NUXT_PUBLIC_STRAPI_PUBLIC_URL: strapiUrl(),
      NUXT_REVALIDATE_SECRET: secret,
      // a production build refuses to start without it
      NUXT_PROXY_SECRET: randomBytes(24).toString('hex'),
      NUXT_PAGE_CACHE_MAX_AGE: '300',
    },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    // both workers listening: two connections in a row answered
    const up = await Promise.all([fetch(`${base}/robots.txt`), fetch(`${base}/robots.txt`)]).then(
      (answers) => answers.every((answer) => answer.ok),
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('the two-worker site did not start');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}, 90_000);

afterAll(() => {
  // the primary and its workers: the whole process group
  if (site?.pid) process.kill(-site.pid, 'SIGTERM');
});

describe('the site in two workers', () => {
  it('drops the cached pages of every worker when one of them is told of a publication', async () => {
    const path = `/events/${fixtures().media.slug}`;
    // each worker renders the page once, then serves it from its cache
    expect(misses(await states(path, 8))).toBe(2);
    expect(misses(await states(path, 8))).toBe(0);

    const told = await fetch(`${base}/api/_cache/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ uid: 'api::event.event' }),
    });
    expect(told.status).toBe(204);
    // the worker that took the call has dropped its pages at once, the other within a second
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(misses(await states(path, 8))).toBe(2);
    expect(misses(await states(path, 8))).toBe(0);
  });

  it('refuses a revalidation without the secret, and keeps the pages', async () => {
    const path = `/events/${fixtures().media.slug}`;
    await states(path, 4);
    const told = await fetch(`${base}/api/_cache/revalidate`, { method: 'POST', headers: { authorization: 'Bearer wrong-secret-wrong-secret' } });
    expect(told.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(misses(await states(path, 8))).toBe(0);
  });
});
