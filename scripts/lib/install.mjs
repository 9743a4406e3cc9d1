// Installs dependencies when they are missing or older than the lockfile. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

const stamp = join(root, 'node_modules', '.package-lock.json');

export function needsInstall() {
  const lock = join(root, 'package-lock.json');
  if (!existsSync(stamp) || !existsSync(join(root, 'node_modules', '@strapi', 'strapi'))) return true;
  if (!existsSync(join(root, 'node_modules', 'nuxt'))) return true;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(stamp).mtimeMs + 1000;
}

export async function ensureInstalled() {
  if (!needsInstall()) {
    ensureSitePrepared();
    return;
  }
  console.log('Installing dependencies (npm ci, a few minutes on the first run)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error('npm ci failed: see the output above.');
    process.exit(result.status ?? 1);
  }
}

/** The site's generated TypeScript config (`nuxt prepare`, normally run by the install) that its tests read. */
function ensureSitePrepared() {
  if (existsSync(join(root, 'frontend', '.nuxt', 'tsconfig.app.json'))) return;
  console.log('Preparing the site (nuxt prepare)...');
  const result = spawnSync('npm', ['run', 'postinstall', '-w', 'frontend'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
