/**
 * Every field of every content type and component of the app has a Russian and an English label
 * and a Russian hint, and every type a Russian and an English name. The types and fields are read
 * from the schema files themselves: a new field without a label fails here.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../catalog';
import { adminTranslations } from '../translations';

const SRC = resolve(__dirname, '../..');

interface Schema {
  info: { displayName: string };
  attributes: Record<string, unknown>;
}

const dirs = (path: string) => (existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : []);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Schema;

/** uid -> schema, for every content type and component the app defines or extends. */
function schemas(): Map<string, Schema> {
  const out = new Map<string, Schema>();
  for (const api of dirs(join(SRC, 'api'))) {
    for (const type of dirs(join(SRC, 'api', api, 'content-types'))) out.set(`api::${api}.${type}`, read(join(SRC, 'api', api, 'content-types', type, 'schema.json')));
  }
  for (const category of dirs(join(SRC, 'components'))) {
    for (const file of readdirSync(join(SRC, 'components', category)).filter((name) => name.endsWith('.json'))) {
      out.set(`${category}.${file.replace(/\.json$/, '')}`, read(join(SRC, 'components', category, file)));
    }
  }
  for (const plugin of dirs(join(SRC, 'plugins'))) {
    const base = join(SRC, 'plugins', plugin, 'server', 'src', 'content-types');
    for (const type of dirs(base)) out.set(`plugin::${plugin}.${type}`, read(join(base, type, 'schema.json')));
  }
  for (const plugin of dirs(join(SRC, 'extensions'))) {
    const base = join(SRC, 'extensions', plugin, 'content-types');
    for (const type of dirs(base)) out.set(`plugin::${plugin}.${type}`, read(join(base, type, 'schema.json')));
  }
  return out;
}

const CYRILLIC = /[а-яё]/i;
const LATIN = /^[\x20-\x7e]+$/;
const all = schemas();
const fields = [...all].flatMap(([uid, schema]) => Object.keys(schema.attributes).map((field) => [uid, field] as const));

describe('the label catalog', () => {
  it('finds the schemas of the app (content types, components, plugin types, the user extension)', () => {
    expect(all.has('api::event.event')).toBe(true);
    expect(all.has('shared.seo')).toBe(true);
    expect(all.has('plugin::registration.registration')).toBe(true);
    expect(all.has('plugin::users-permissions.user')).toBe(true);
    expect(fields.length).toBeGreaterThan(150);
  });

  it.each([...all.keys()])('names %s in Russian and English', (uid) => {
    const entry = LABELS[uid];
    expect(entry, `${uid} is missing from src/labels/catalog.ts`).toBeDefined();
    expect(entry?.name.ru).toMatch(CYRILLIC);
    expect(entry?.name.en).toMatch(LATIN);
    // the admin translates a type's name by its display name: the English name is that name
    expect(entry?.name.en).toBe(all.get(uid)?.info.displayName);
  });

  it('labels every field of every type and component in Russian and English, with a Russian hint', () => {
    const missing = fields.filter(([uid, field]) => {
      const label = LABELS[uid]?.fields[field];
      return !label || !CYRILLIC.test(label.ru) || !LATIN.test(label.en) || !CYRILLIC.test(label.hint);
    });
    expect(missing.map(([uid, field]) => `${uid}.${field}`)).toEqual([]);
  });

  it('names no type or field that does not exist (a renamed field would keep a dead label)', () => {
    const stale = Object.entries(LABELS).flatMap(([uid, entry]) =>
      Object.keys(entry.fields)
        .filter((field) => !(field in (all.get(uid)?.attributes ?? {})))
        .map((field) => `${uid}.${field}`),
    );
    expect(stale).toEqual([]);
    expect(Object.keys(LABELS).filter((uid) => !all.has(uid))).toEqual([]);
  });

  it('gives the admin Russian and English field labels and Russian type names through its translations', () => {
    const { ru, en } = adminTranslations();
    expect(en['content-manager.content-types.api::event.event.registrationOpen']).toBe('Registration open');
    // the admin fills a language's missing ids from English: without these the Russian admin shows English labels
    expect(ru['content-manager.content-types.api::event.event.registrationOpen']).toBe(LABELS['api::event.event']?.fields.registrationOpen?.ru);
    expect(ru['content-manager.components.shared.seo.metaTitle']).toMatch(CYRILLIC);
    expect(en['content-manager.components.shared.seo.metaTitle']).toBe('Meta title');
    // the left menu and the component picker translate a type by its display name
    expect(ru['Event']).toBe('Событие');
    for (const [uid, schema] of all) {
      expect(ru[schema.info.displayName], uid).toMatch(CYRILLIC);
      expect(en[schema.info.displayName], uid).toBe(schema.info.displayName);
      for (const field of Object.keys(schema.attributes)) {
        const kind = uid.includes('::') ? 'content-types' : 'components';
        expect(en[`content-manager.${kind}.${uid}.${field}`], `${uid}.${field}`).toMatch(LATIN);
        expect(ru[`content-manager.${kind}.${uid}.${field}`], `${uid}.${field}`).toMatch(CYRILLIC);
      }
    }
  });
});
