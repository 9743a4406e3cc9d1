/**
 * The module scaffold: checks a module name, writes src/plugins/<name>/ from template/ (the shape of
 * src/plugins/README.md), wires it into config/plugins.ts, and takes both back out. The name checks
 * and the config edits are pure (unit-tested in scaffold.test.ts); `generate` and `remove` touch the
 * disk and never overwrite or delete what they did not make.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'template');

/** The line of config/plugins.ts that generated modules are wired in above. */
export const WIRING_MARKER = '// modules added by `npm run new:module` go above this line';

/**
 * Names a module may not take: Strapi's own plugins and URL prefixes (a module's admin routes live at
 * /<name>, its API at /api/<name>), and the repository's top-level parts.
 */
export const RESERVED_NAMES: readonly string[] = [
  'admin',
  'api',
  'content-manager',
  'content-type-builder',
  'content-releases',
  'review-workflows',
  'users-permissions',
  'upload',
  'uploads',
  'i18n',
  'email',
  'graphql',
  'documentation',
  'cloud',
  'health',
  'strapi',
  'plugin',
  'plugins',
  'platform',
  'cms',
  'frontend',
  'config',
  'database',
  'scripts',
  'types',
  'public',
];

const MAX_NAME_LENGTH = 40;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface ModuleNames {
  /** kebab-case: the plugin id, folder, URL prefix (`surveys`, `data-requests`). */
  id: string;
  /** camelCase (`dataRequests`). */
  camel: string;
  /** PascalCase (`DataRequests`). */
  Pascal: string;
  /** snake_case: its tables (`data_requests_notes`). */
  snake: string;
  /** For people (`Data requests`). */
  title: string;
}

export function namesOf(id: string): ModuleNames {
  const words = id.split('-');
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    id,
    camel: words[0] + words.slice(1).map(cap).join(''),
    Pascal: words.map(cap).join(''),
    snake: words.join('_'),
    title: cap(words.join(' ')),
  };
}

/** What is taken already: plugin folders, keys of config/plugins.ts, the content model's API names. */
export interface TakenNames {
  plugins: readonly string[];
  configured: readonly string[];
  contentApi: readonly string[];
  /** Files of cms/src without `.ts`: a module's contract is cms/src/<name>.ts. */
  contracts?: readonly string[];
}

/** Why `name` cannot be a new module's name, or null when it can. */
export function nameProblem(name: string, taken: TakenNames): string | null {
  if (name === '') return 'Give the module a name: npm run new:module -- <name> (kebab-case, e.g. surveys or data-requests).';
  if (!KEBAB.test(name)) {
    return `"${name}" is not kebab-case: lower-case Latin letters and digits in words joined by single hyphens, starting with a letter (e.g. surveys, data-requests).`;
  }
  if (name.length > MAX_NAME_LENGTH) return `"${name}" is longer than ${MAX_NAME_LENGTH} characters (its tables and keys are named after it).`;
  if (RESERVED_NAMES.includes(name)) return `"${name}" is reserved (a Strapi plugin, URL prefix or part of the repository): choose another name.`;
  if (taken.plugins.includes(name)) return `src/plugins/${name} exists already: the scaffold never overwrites a module.`;
  if (taken.configured.includes(name)) return `"${name}" is a plugin configured in config/plugins.ts already.`;
  if (taken.contentApi.includes(name)) return `"${name}" is a content type's API name (/api/${name}): choose another name.`;
  if (taken.contracts?.includes(name)) return `cms/src/${name}.ts exists already (the module's contract would be written there): choose another name.`;
  return null;
}

/** The text of a template file with the module's names in it ({{id}}, {{camel}}, {{Pascal}}, {{snake}}, {{title}}). */
export function render(text: string, names: ModuleNames): string {
  return text.replace(/\{\{(id|camel|Pascal|snake|title)\}\}/g, (_match, key: keyof ModuleNames) => names[key]);
}

/** A migration's file name: Strapi runs them in name order, so it starts with the time (UTC) it was written. */
export function migrationName(id: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/-/g, '.').replace(/:/g, '.');
  return `${stamp}.${id}.ts`;
}

/** Whether a file of database/migrations is the module's (written by generate as `<stamp>.<id>.ts`). */
export const isMigrationOf = (file: string, id: string): boolean => /^\d{4}\.\d{2}\.\d{2}T\d{2}\.\d{2}\.\d{2}\./.test(file) && file.endsWith(`.${id}.ts`) && file.length === 20 + id.length + 3;

/** The block config/plugins.ts gets for a module. */
export function wiringBlock(id: string): string {
  return [`    '${id}': {`, '      enabled: true,', `      resolve: './src/plugins/${id}',`, '    },', ''].join('\n');
}

/** config/plugins.ts with the module wired in above the marker. */
export function addWiring(source: string, id: string): string {
  const at = source.indexOf(WIRING_MARKER);
  if (at < 0) throw new Error(`config/plugins.ts has lost the line "${WIRING_MARKER}": put it back at the end of the plugin list.`);
  const lineStart = source.lastIndexOf('\n', at) + 1;
  return source.slice(0, lineStart) + wiringBlock(id) + source.slice(lineStart);
}

/** config/plugins.ts without the module's block (exactly as addWiring wrote it). */
export function removeWiring(source: string, id: string): string {
  const block = wiringBlock(id);
  const at = source.indexOf(block);
  if (at < 0) throw new Error(`config/plugins.ts has no block for '${id}' as the scaffold writes it: edit it by hand.`);
  return source.slice(0, at) + source.slice(at + block.length);
}

/** The keys of the plugin list in config/plugins.ts (`'event-builder': {`, `upload: {`). */
export function configuredPlugins(source: string): string[] {
  return [...source.matchAll(/^ {4}'?([a-z0-9-]+)'?: \{/gm)].map((match) => match[1] ?? '');
}

function contentApiNames(root: string): string[] {
  const dir = join(root, 'src', 'api');
  if (!existsSync(dir)) return [];
  const names: string[] = [];
  for (const api of readdirSync(dir)) {
    const types = join(dir, api, 'content-types');
    names.push(api);
    if (!existsSync(types)) continue;
    for (const type of readdirSync(types)) {
      const schema = join(types, type, 'schema.json');
      if (!existsSync(schema)) continue;
      const info = (JSON.parse(readFileSync(schema, 'utf8')) as { info?: { singularName?: string; pluralName?: string } }).info ?? {};
      for (const name of [info.singularName, info.pluralName]) if (name) names.push(name);
    }
  }
  return names;
}

export function takenNames(root: string): TakenNames {
  return {
    plugins: readdirSync(join(root, 'src', 'plugins')).filter((entry) => statSync(join(root, 'src', 'plugins', entry)).isDirectory()),
    configured: configuredPlugins(readFileSync(join(root, 'config', 'plugins.ts'), 'utf8')),
    contentApi: contentApiNames(root),
    contracts: existsSync(join(root, 'cms', 'src')) ? readdirSync(join(root, 'cms', 'src')).filter((file) => file.endsWith('.ts')).map((file) => file.replace(/\.ts$/, '')) : [],
  };
}

/** The module's API contract: cms/src/<id>.ts (the plugin and its clients import it). */
const contractFile = (root: string, id: string) => join(root, 'cms', 'src', `${id}.ts`);

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? templateFiles(full) : entry.endsWith('.tpl') ? [full] : [];
  });
}

/** Writes src/plugins/<id>/, its migration and its contract (cms/src/<id>.ts), and wires it in. Returns the files written (relative to root). */
export function generate(root: string, id: string, now: Date = new Date()): string[] {
  const problem = nameProblem(id, takenNames(root));
  if (problem) throw new Error(problem);
  const names = namesOf(id);
  const configFile = join(root, 'config', 'plugins.ts');
  const wired = addWiring(readFileSync(configFile, 'utf8'), id);
  const target = join(root, 'src', 'plugins', id);
  const written: string[] = [];
  const pluginTemplate = join(TEMPLATE_DIR, 'plugin');
  const outputs = templateFiles(pluginTemplate).map((file) => ({ file, out: join(target, render(relative(pluginTemplate, file), names).replace(/\.tpl$/, '')) }));
  outputs.push({ file: join(TEMPLATE_DIR, 'migration.ts.tpl'), out: join(root, 'database', 'migrations', migrationName(id, now)) });
  outputs.push({ file: join(TEMPLATE_DIR, 'cms', 'contract.ts.tpl'), out: contractFile(root, id) });
  for (const { file, out } of outputs) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, render(readFileSync(file, 'utf8'), names), { flag: 'wx' });
    written.push(relative(root, out));
  }
  writeFileSync(configFile, wired);
  written.push('config/plugins.ts (wired)');
  return written.sort();
}

/** Files under `paths` that git tracks (a committed module is removed with git, not here). */
function trackedFiles(root: string, paths: string[]): string[] {
  try {
    return execFileSync('git', ['ls-files', '--', ...paths], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * Removes a generated (not committed) module, its migration, its contract and its wiring. Returns what went. The
 * module's compiled server in dist/ stays (ignored by git, loaded by nothing once unwired): deleting
 * it would leave tsc's incremental build info claiming the output is there, and a module generated
 * again under the same name would then boot without its compiled files.
 */
export function remove(root: string, id: string): string[] {
  if (!KEBAB.test(id)) throw new Error(`"${id}" is not a module name.`);
  if (RESERVED_NAMES.includes(id)) throw new Error(`"${id}" is reserved: not a generated module.`);
  const target = join(root, 'src', 'plugins', id);
  if (!existsSync(target)) throw new Error(`src/plugins/${id} does not exist.`);
  const migrationsDir = join(root, 'database', 'migrations');
  const migrations = existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((file) => isMigrationOf(file, id)) : [];
  const contract = contractFile(root, id);
  const tracked = trackedFiles(root, [`src/plugins/${id}`, ...migrations.map((file) => `database/migrations/${file}`), `cms/src/${id}.ts`]);
  if (tracked.length > 0) throw new Error(`src/plugins/${id} is committed (${tracked.length} files): remove it with git rm and edit config/plugins.ts, not with the scaffold.`);
  const configFile = join(root, 'config', 'plugins.ts');
  const source = readFileSync(configFile, 'utf8');
  // a generation that failed before wiring left no block: the folder alone goes
  const unwired = configuredPlugins(source).includes(id) ? removeWiring(source, id) : source;
  rmSync(target, { recursive: true });
  const removed = [`src/plugins/${id}`];
  if (existsSync(contract)) {
    rmSync(contract);
    removed.push(`cms/src/${id}.ts`);
  }
  for (const file of migrations) {
    rmSync(join(migrationsDir, file));
    removed.push(`database/migrations/${file}`);
    // its compiled copy would run in every database Strapi opens from now on: it goes too (its name is
    // unique to this generation, so tsc's incremental build never mistakes a new one for it)
    const compiled = join(root, 'dist', 'database', 'migrations', file.replace(/\.ts$/, '.js'));
    if (existsSync(compiled)) {
      rmSync(compiled);
      removed.push(`dist/database/migrations/${file.replace(/\.ts$/, '.js')}`);
    }
  }
  if (unwired !== source) {
    writeFileSync(configFile, unwired);
    removed.push('config/plugins.ts (unwired)');
  }
  return removed;
}
