/**
 * A second Strapi instance in its own process (scripts/testing/bus-peer.mts) on the same database
 * and Redis as a test's instance, for tests across instances. Its JSON lines are collected.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { JsonValue } from '../../src/plugins/platform/server/src/kit';
import { root } from './paths';
import { afterAll, beforeAll } from 'vitest';
import { bootStrapi, testEnv, type TestApp } from './strapi';
import { waitFor } from './wait';

export interface Peer {
  /** Every JSON line the peer printed, in order (`{ ready }`, `{ received, pid }`). */
  lines: Array<Record<string, JsonValue>>;
  stop(): Promise<void>;
}

/** Starts the peer and waits until it is subscribed (up to 60 s). */
export async function startPeer(app: TestApp): Promise<Peer> {
  const lines: Array<Record<string, JsonValue>> = [];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'testing', 'bus-peer.mts')], {
    cwd: root,
    env: { ...process.env, ...testEnv(app.db) },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, JsonValue>);
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`the second instance exited: ${stderr.slice(-2_000)}`);
      return lines.some((line) => line.ready === true);
    }, 'second instance ready', 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { lines, stop };
}

/**
 * The life of one Strapi shared by a file's tests, with a second instance on its database when `withPeer`
 * (it needs Redis): both started before the tests, after them the peer stops first, then the app, whose
 * database is dropped. Read them inside the tests or hooks: `file.app()`, `file.peer()`.
 */
export function appAndPeerForFile(withPeer: boolean): { app(): TestApp; peer(): Peer | null } {
  let app: TestApp | undefined;
  let peer: Peer | null = null;
  beforeAll(async () => {
    app = await bootStrapi();
    if (withPeer) peer = await startPeer(app);
  });
  afterAll(async () => {
    await peer?.stop();
    await app?.stop();
    await app?.db.drop();
  });
  return {
    app() {
      if (!app) throw new Error("the file's Strapi did not boot");
      return app;
    },
    peer: () => peer,
  };
}
