/**
 * Every root of the public GraphQL schema and every relation reachable from it (found by
 * introspection, to depth 3, so types and relations added later are walked too), asked anonymously,
 * as an uninvited attendee and with the site's API token, plainly, with status DRAFT, another locale
 * and the hidden document ids as arguments: no hidden title, slug or document id, no `javascript:`
 * link and no personal data may come back, and the walk must really have returned the public content.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../scripts/testing/strapi';
import { leaksIn, personalIn, seedPrivacyFixture, SITE_TOKEN, type PrivacyFixture } from './privacy-fixture';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  fields: Field[] | null;
  possibleTypes: Array<{ name: string }> | null;
}

const INTROSPECTION = `{ __schema { queryType { name } types { name kind possibleTypes { name }
  fields { name args { name type { ...T } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const MAX_DEPTH = 3;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const required = (type: TypeRef) => type.kind === 'NON_NULL';

describe('the public GraphQL schema, walked from every root through every relation', () => {
  let app: TestApp;
  let fx: PrivacyFixture;
  let types: Map<string, SchemaType>;
  let roots: Field[];

  beforeAll(async () => {
    app = await bootStrapi({ env: { SITE_API_TOKEN: SITE_TOKEN } });
    fx = await seedPrivacyFixture(app);
    const response = await request(app.server).post('/graphql').send({ query: INTROSPECTION }).expect(200);
    const schema = response.body.data.__schema as { queryType: { name: string }; types: SchemaType[] };
    types = new Map(schema.types.map((type) => [type.name, type]));
    roots = types.get(schema.queryType.name)?.fields ?? [];
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  /** The selection of `typeName` (scalars, then object fields to MAX_DEPTH). */
  function selection(typeName: string, depth: number, alias = ''): string {
    const type = types.get(typeName);
    if (!type) return '__typename';
    if (type.kind === 'UNION') {
      // members of a union may share field names with other types: aliased apart
      const parts = (type.possibleTypes ?? []).map((possible) => `... on ${possible.name} { ${selection(possible.name, depth + 1, `${possible.name}_`)} }`);
      return ['__typename', ...parts].join(' ');
    }
    const parts: string[] = ['__typename'];
    for (const field of type.fields ?? []) {
      if (field.args.some((arg) => required(arg.type))) continue;
      const target = named(field.type);
      const name = alias ? `${alias}${field.name}: ${field.name}` : field.name;
      if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(name);
      else if (depth < MAX_DEPTH && target.name) {
        // connections add a level of their own: walk them from the first level only
        if (field.name.endsWith('_connection') && depth > 1) continue;
        parts.push(`${name} { ${selection(target.name, depth + 1)} }`);
      }
    }
    return parts.join(' ');
  }

  /** The argument lists to try on a root field. */
  function argumentSets(field: Field): string[] {
    const names = new Set(field.args.map((arg) => arg.name));
    const requiredArgs = field.args.filter((arg) => required(arg.type));
    if (requiredArgs.length > 0) {
      if (requiredArgs.length !== 1 || requiredArgs[0]?.name !== 'documentId') return [];
      return fx.probes.slice(0, 6).flatMap((id) => [`(documentId: "${id}")`, ...(names.has('status') ? [`(documentId: "${id}", status: DRAFT)`] : [])]);
    }
    const sets = [''];
    if (names.has('status')) sets.push('(status: DRAFT)');
    if (names.has('locale')) sets.push('(locale: "en")', ...(names.has('status') ? ['(locale: "en", status: DRAFT)'] : []));
    if (names.has('hasPublishedVersion')) sets.push('(status: DRAFT, hasPublishedVersion: false)');
    return sets;
  }

  it('returns no hidden, unsafe or personal content from any root or relation', async () => {
    const callers: Record<string, Record<string, string>> = {
      anonymous: {},
      attendee: { authorization: `Bearer ${fx.stranger.jwt}` },
      site: { authorization: `Bearer ${SITE_TOKEN}` },
    };
    const leaks: string[] = [];
    let documents = 0;
    let nestedVisible = 0;
    let queries = 0;
    const unanswered: string[] = [];
    for (const root of roots) {
      const target = named(root.type).name;
      if (!target || root.name.startsWith('__')) continue;
      const body = selection(target, 1);
      for (const args of argumentSets(root)) {
        const query = `{ ${root.name}${args} { ${body} } }`;
        for (const [caller, headers] of Object.entries(callers)) {
          queries += 1;
          const response = await request(app.server).post('/graphql').set(headers).send({ query });
          const text = response.text ?? '';
          const answered = (response.body as { data?: Record<string, unknown> | null; errors?: unknown[] }) ?? {};
          if (caller === 'attendee' && args === '' && (answered.data?.[root.name] == null || answered.errors)) {
            unanswered.push(`${root.name}: ${text.slice(0, 200)}`);
          }
          documents += (text.match(/"documentId"/g) ?? []).length;
          if (!root.name.startsWith('session') && text.includes(fx.visible.sessionTitle)) nestedVisible += 1;
          const found = [...leaksIn(fx, text, args), ...personalIn(text)];
          if (found.length > 0) leaks.push(`${caller} ${root.name}${args}: ${[...new Set(found)].join(', ')}`);
        }
      }
    }
    // a walk that returned nothing would prove nothing
    expect(queries).toBeGreaterThan(30);
    expect(documents).toBeGreaterThan(100);
    expect(leaks, `${leaks.length} leaking queries of ${queries}`).toEqual([]);
    // every root answered the plain query (as a signed-in attendee, for `me`), so every relation under it was really walked
    expect(unanswered).toEqual([]);
    expect(nestedVisible, 'the visible session was reached through relations').toBeGreaterThan(0);
  });

  it('finding 2: organizations { events } and events { organization { events } } list only visible events', async () => {
    const response = await request(app.server)
      .post('/graphql')
      .send({ query: '{ organizations { name events { title slug news { title } tracks { name } ads { title } } } events { title organization { events { title slug documentId } } } }' })
      .expect(200);
    expect(response.text).toContain(fx.visible.eventTitle);
    expect(leaksIn(fx, response.text, '')).toEqual([]);
  });

  it('keeps the personal-data types out of the public schema', async () => {
    const names = roots.map((root) => root.name);
    const publicTypes = Object.values(app.strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .flatMap((model) => [model.info.singularName, model.info.pluralName].map((name) => name.replace(/-(\w)/g, (_m: string, c: string) => c.toUpperCase())));
    const allowed = new Set([...publicTypes, ...publicTypes.map((name) => `${name}_connection`), 'me']);
    expect(names).toContain('events');
    expect(names.filter((name) => !allowed.has(name))).toEqual([]);
  });
});
