#!/usr/bin/env node
// `npm run setup`: installs what is missing and writes `.env` with fresh secrets.
import { ensureInstalled } from './lib/install.mjs';
import { ensureEnvFile } from './lib/env-file.mjs';
import { root } from './lib/paths.mjs';
import { join } from 'node:path';

await ensureInstalled();
const added = ensureEnvFile(join(root, '.env'));
console.log(added.length ? `.env: generated ${added.join(', ')}` : '.env: complete');
