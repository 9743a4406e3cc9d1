// `npm run new:module -- <name>`: writes src/plugins/<name>/ (a module in the shape of
// src/plugins/README.md, with a passing unit test and API test) and wires it into config/plugins.ts.
// `npm run new:module -- <name> --remove`: takes a generated, not yet committed module back out.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, namesOf, remove } from './scaffold.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('-'));
const positional = args.filter((arg) => !arg.startsWith('-'));
const usage = 'usage: npm run new:module -- <name> [--remove]   (name in kebab-case, e.g. surveys or data-requests)';

if (flags.includes('--help') || flags.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const unknown = flags.filter((flag) => flag !== '--remove');
if (unknown.length > 0 || positional.length > 1) {
  console.error(`new:module: unexpected ${[...unknown, ...positional.slice(1)].join(' ')}\n${usage}`);
  process.exit(2);
}
const name = positional[0] ?? '';

try {
  if (flags.includes('--remove')) {
    for (const line of remove(root, name)) console.log(`removed ${line}`);
  } else {
    const files = generate(root, name);
    for (const file of files) console.log(`wrote ${file}`);
    const { id } = namesOf(name);
    console.log(`
Module ${id} created. Next:
  node node_modules/vitest/vitest.mjs run src/plugins/${id}            # its unit and API tests (SQLite)
  DATABASE_CLIENT=postgres REDIS_URL=redis://127.0.0.1:6379 node node_modules/vitest/vitest.mjs run src/plugins/${id}
  then replace the note example with the module's own domain, services, routes and table (src/plugins/README.md).
  Remove it again (before committing): npm run new:module -- ${id} --remove`);
  }
} catch (error) {
  console.error(`new:module: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
