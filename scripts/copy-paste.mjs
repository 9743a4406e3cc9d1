#!/usr/bin/env node
// `npm run lint:copy-paste`: blocks of 6+ lines (and 40+ tokens) repeated anywhere in the repository's code,
// found by jscpd (a pinned dev dependency; no network). What is looked at and what is left out (seed data,
// generated types, lockfiles, build output, font-face boilerplate) is in .jscpd.json.
// Every clone found is printed. The run fails when there are more clones than ALLOWED; when there are fewer
// it says so: lower ALLOWED in the same commit (the number only goes down). Goal: ALLOWED = 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';

export const ALLOWED = 0;

const output = mkdtempSync(join(tmpdir(), 'jscpd-'));
try {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'jscpd', 'bin', 'jscpd'), '--config', join(root, '.jscpd.json'), '--reporters', 'json', '--output', output, '--silent', root],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error(`copy-paste: jscpd exited with ${run.status}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(output, 'jscpd-report.json'), 'utf8'));
  const clones = report.duplicates ?? [];
  const place = (file) => `${file.name}:${file.start}-${file.end}`;
  for (const clone of clones) console.log(`clone (${clone.lines} lines): ${place(clone.firstFile)}  =  ${place(clone.secondFile)}`);
  const found = clones.length;
  console.log(`copy-paste: ${found} clone(s) of 6+ lines, ${ALLOWED} allowed`);
  if (found > ALLOWED) {
    console.error('copy-paste: more clones than allowed; move the repeated block into one function, component or fixture');
    process.exit(1);
  }
  if (found < ALLOWED) console.log(`copy-paste: fewer clones than allowed: lower ALLOWED in scripts/copy-paste.mjs to ${found}`);
} finally {
  rmSync(output, { recursive: true, force: true });
}
