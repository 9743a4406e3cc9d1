/** The scaffold's name checks, template filling and config edits (pure), and generate/remove on a copy of the tree's shape. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addWiring, configuredPlugins, generate, isMigrationOf, migrationName, nameProblem, namesOf, remove, removeWiring, render, WIRING_MARKER } from './scaffold.ts';

const taken = { plugins: ['registration', 'platform'], configured: ['upload', 'registration', 'platform'], contentApi: ['event', 'events'] };

describe('nameProblem', () => {
  it('accepts kebab-case names nobody has', () => {
    expect(nameProblem('surveys', taken)).toBeNull();
    expect(nameProblem('data-requests', taken)).toBeNull();
    expect(nameProblem('zz-scaffold-check2', taken)).toBeNull();
  });

  it.each(['', 'Surveys', 'data_requests', 'data--requests', '-surveys', 'surveys-', '2fa', 'опросы', 'a b'])('refuses %j', (name) => {
    expect(nameProblem(name, taken)).toMatch(/name|kebab-case/);
  });

  it('refuses names too long for its tables', () => {
    expect(nameProblem('a'.repeat(41), taken)).toMatch(/longer than 40/);
    expect(nameProblem('a'.repeat(40), taken)).toBeNull();
  });

  it('refuses reserved names, existing plugins, configured plugins and content API names', () => {
    expect(nameProblem('admin', taken)).toMatch(/reserved/);
    expect(nameProblem('users-permissions', taken)).toMatch(/reserved/);
    expect(nameProblem('registration', taken)).toMatch(/exists already/);
    expect(nameProblem('upload', { ...taken, configured: ['uploader'] })).toMatch(/reserved/);
    expect(nameProblem('uploader', { ...taken, configured: ['uploader'] })).toMatch(/configured/);
    expect(nameProblem('events', taken)).toMatch(/content type/);
    expect(nameProblem('favorites', { ...taken, contracts: ['favorites', 'schemas'] })).toMatch(/cms\/src\/favorites\.ts exists already/);
  });
});

describe('names and templates', () => {
  it('derives the names a module uses', () => {
    expect(namesOf('data-requests')).toEqual({ id: 'data-requests', camel: 'dataRequests', Pascal: 'DataRequests', snake: 'data_requests', title: 'Data requests' });
    expect(namesOf('surveys')).toEqual({ id: 'surveys', camel: 'surveys', Pascal: 'Surveys', snake: 'surveys', title: 'Surveys' });
  });

  it('fills every placeholder and leaves other braces alone', () => {
    expect(render("export const {{camel}}Schema = '{{id}}'; type {{Pascal}} = { a: 1 }; // {{snake}}_notes {{title}} {{other}}", namesOf('data-requests'))).toBe(
      "export const dataRequestsSchema = 'data-requests'; type DataRequests = { a: 1 }; // data_requests_notes Data requests {{other}}",
    );
  });

  it('names a migration by the time it was written, and knows the module\'s migrations by name', () => {
    const name = migrationName('surveys', new Date('2026-12-05T16:40:07.123Z'));
    expect(name).toBe('2026.12.05T16.40.07.surveys.ts');
    expect(isMigrationOf(name, 'surveys')).toBe(true);
    expect(isMigrationOf('2026.12.05T16.00.02.platform-surveys.ts', 'surveys')).toBe(false);
    expect(isMigrationOf('2026.12.05T16.00.02.x.surveys.ts', 'surveys')).toBe(false);
    expect(isMigrationOf('2026.12.05T16.40.07.surveys.ts', 'data-surveys')).toBe(false);
  });
});

const config = ['  return {', "    'event-builder': {", '      enabled: true,', '    },', '    platform: {', '      enabled: true,', '    },', `    ${WIRING_MARKER}`, '  };', ''].join('\n');

describe('wiring in config/plugins.ts', () => {
  it('adds a block above the marker and takes exactly it out again', () => {
    const wired = addWiring(config, 'surveys');
    expect(wired).toContain("    'surveys': {\n      enabled: true,\n      resolve: './src/plugins/surveys',\n    },\n    " + WIRING_MARKER);
    expect(configuredPlugins(wired)).toEqual(['event-builder', 'platform', 'surveys']);
    expect(removeWiring(wired, 'surveys')).toBe(config);
  });

  it('refuses when the marker is gone or the block was edited by hand', () => {
    expect(() => addWiring(config.replace(WIRING_MARKER, ''), 'surveys')).toThrow(/lost the line/);
    const edited = addWiring(config, 'surveys').replace("resolve: './src/plugins/surveys'", "resolve: './elsewhere'");
    expect(() => removeWiring(edited, 'surveys')).toThrow(/by hand/);
  });
});

describe('generate and remove (a scratch repository)', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const scratch = () => {
    root = mkdtempSync(join(tmpdir(), 'new-module-'));
    mkdirSync(join(root, 'src', 'plugins', 'platform'), { recursive: true });
    mkdirSync(join(root, 'src', 'api', 'event', 'content-types', 'event'), { recursive: true });
    writeFileSync(join(root, 'src', 'api', 'event', 'content-types', 'event', 'schema.json'), JSON.stringify({ info: { singularName: 'event', pluralName: 'events' } }));
    mkdirSync(join(root, 'config'));
    writeFileSync(join(root, 'config', 'plugins.ts'), config);
    return root;
  };

  it('writes the module in the shape, wires it, and removes both leaving config as it was', () => {
    scratch();
    const written = generate(root, 'data-requests', new Date('2026-12-05T16:40:07Z'));
    expect(written).toContain('database/migrations/2026.12.05T16.40.07.data-requests.ts');
    expect(readFileSync(join(root, 'database/migrations/2026.12.05T16.40.07.data-requests.ts'), 'utf8')).toContain("const TABLE = 'data_requests_notes';");
    expect(written).toContain('cms/src/data-requests.ts');
    expect(readFileSync(join(root, 'cms/src/data-requests.ts'), 'utf8')).toContain('export const dataRequestsNoteResponseSchema');
    for (const file of ['package.json', 'strapi-server.js', 'server/src/index.ts', 'server/src/constants.ts', 'server/src/get-service.ts', 'server/src/config/index.ts', 'server/src/routes/index.ts', 'server/src/i18n/messages.ts', 'server/src/domain/note.ts', 'server/src/services/welcome.ts', 'server/src/__tests__/note.unit.test.ts', 'server/src/__tests__/data-requests.api.test.ts']) {
      expect(written).toContain(`src/plugins/data-requests/${file}`);
    }
    const constants = readFileSync(join(root, 'src/plugins/data-requests/server/src/constants.ts'), 'utf8');
    expect(constants).toContain("export const PLUGIN_ID = 'data-requests';");
    expect(readFileSync(join(root, 'src/plugins/data-requests/server/src/config/index.ts'), 'utf8')).toContain('export type DataRequestsConfig');
    expect(written.join('\n')).not.toMatch(/\{\{|\.tpl/);
    expect(configuredPlugins(readFileSync(join(root, 'config', 'plugins.ts'), 'utf8'))).toContain('data-requests');

    expect(() => generate(root, 'data-requests')).toThrow(/exists already/);

    writeFileSync(join(root, 'database/migrations/2026.12.05T16.00.00.platform-jobs.ts'), '// another module\'s');
    remove(root, 'data-requests');
    expect(existsSync(join(root, 'src/plugins/data-requests'))).toBe(false);
    expect(existsSync(join(root, 'database/migrations/2026.12.05T16.40.07.data-requests.ts'))).toBe(false);
    expect(existsSync(join(root, 'cms/src/data-requests.ts'))).toBe(false);
    expect(existsSync(join(root, 'database/migrations/2026.12.05T16.00.00.platform-jobs.ts'))).toBe(true);
    expect(readFileSync(join(root, 'config', 'plugins.ts'), 'utf8')).toBe(config);
  });

  it('refuses to remove what is not there or not a module name', () => {
    scratch();
    expect(() => remove(root, 'surveys')).toThrow(/does not exist/);
    expect(() => remove(root, '../config')).toThrow(/not a module name/);
    expect(() => remove(root, 'platform')).toThrow(/reserved/);
  });

  it('refuses to remove a module that is committed', () => {
    scratch();
    generate(root, 'surveys');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'surveys');
    expect(() => remove(root, 'surveys')).toThrow(/committed/);
    expect(existsSync(join(root, 'src/plugins/surveys/package.json'))).toBe(true);
  });
});
