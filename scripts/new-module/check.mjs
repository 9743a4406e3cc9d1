#!/usr/bin/env node
// CI check of the module scaffold (`.ci/run`, or by hand: `node scripts/new-module/check.mjs`):
// generates a throwaway module, lints and type-checks it, runs its generated unit and API tests on
// SQLite and (when the server answers) PostgreSQL + Redis, so it boots, registers its admin
// permission and serves both routes; then removes it and fails unless the tree is exactly as before
// (`git status --porcelain`). The module is removed on failure and on Ctrl-C too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/paths.mjs';

const NAME = process.env.SCAFFOLD_CHECK_NAME || 'zz-scaffold-check';
const moduleDir = join(root, 'src', 'plugins', NAME);
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const started = Date.now();
const timings = [];

function run(label, args, env = {}) {
  const at = Date.now();
  console.log(`[scaffold] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - at) / 1000).toFixed(1);
  timings.push(`${label} ${seconds} s`);
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

const gitStatus = () => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' }).stdout;

function removeModule() {
  if (!existsSync(moduleDir)) return;
  const result = spawnSync(process.execPath, [tsx, 'scripts/new-module/index.ts', NAME, '--remove'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.error(`[scaffold] could not remove ${NAME}: remove src/plugins/${NAME} and its block in config/plugins.ts by hand`);
}

function postgresAnswers() {
  if (process.env.SCAFFOLD_CHECK_POSTGRES === '0') return false;
  const url = process.env.TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  return spawnSync('pg_isready', ['-d', url, '-q'], { stdio: 'ignore' }).status === 0;
}

// a run killed half-way left its module behind: take it out first, then start from the tree as it is
removeModule();
const before = gitStatus();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeModule();
    process.exit(130);
  });
}

let failure = null;
try {
  run(`generate ${NAME}`, [tsx, 'scripts/new-module/index.ts', NAME]);
  run('lint', [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), `src/plugins/${NAME}`]);
  // the module and its tests under the strictest options of the repository (those of scripts/ and tests)
  const configDir = join(root, '.tmp', 'scaffold-check');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../scripts/tsconfig.json', include: [`../../src/plugins/${NAME}/**/*.ts`] }, null, 2),
  );
  run('type-check', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(configDir, 'tsconfig.json')]);
  const vitest = [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', `src/plugins/${NAME}`];
  run('unit + API tests (sqlite)', vitest, { DATABASE_CLIENT: '', REDIS_URL: '' });
  if (postgresAnswers()) {
    run('API tests (postgres+redis)', [...vitest, '--project', 'api'], { DATABASE_CLIENT: 'postgres', REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379' });
  } else {
    console.log('[scaffold] PostgreSQL does not answer: its run is skipped');
    timings.push('postgres skipped');
  }
} catch (error) {
  failure = error;
} finally {
  removeModule();
}

const after = gitStatus();
if (!failure && after !== before) failure = new Error(`the tree changed:\nbefore:\n${before || '(clean)\n'}after:\n${after || '(clean)\n'}`);
const total = ((Date.now() - started) / 1000).toFixed(1);
console.log(`[scaffold] ${timings.join(', ')}; total ${total} s`);
if (failure) {
  console.error(`[scaffold] FAILED: ${failure.message}`);
  process.exit(1);
}
console.log(`[scaffold] ${NAME} generated, checked, booted and removed; the tree is as it was`);
