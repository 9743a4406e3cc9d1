/**
 * The Strapi of a second instance in its own process (bus-peer.mts, events-peer.mts): loaded from the
 * built app on the same database, destroyed on SIGTERM or SIGINT. `announce` prints one JSON line for the test.
 */
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { distDir, root } from './paths';

const requireCjs = createRequire(import.meta.url);
const { createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

/** Loads the peer's Strapi and arranges its clean exit. */
export async function loadPeer(): Promise<Core.Strapi> {
  const app = createStrapi({ appDir: root, distDir, autoReload: false, serveAdminPanel: false });
  await app.load();
  const stop = async () => {
    await app.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  return app;
}

/** One JSON line on stdout, which the test reads. */
export const announce = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`);
