/**
 * Finding 5 (write side, pure): every URL an organizer can type is found from the schemas, and a
 * `javascript:` link (in any spelling a browser still runs) is refused wherever it is put, down to
 * rich-text links, slides of a slider block and a speaker's links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeUrls, urlFieldsOf, urlRefusal, type SchemaShape } from '../../plugins/event-builder/server/src/domain/url-fields';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SchemaShape & { collectionName?: string };

/** Content types of the app by uid and components by their uid, as Strapi loads them. */
const contentTypes = new Map<string, SchemaShape>();
for (const api of readdirSync(join(root, 'src', 'api'))) {
  const dir = join(root, 'src', 'api', api, 'content-types');
  for (const name of readdirSync(dir)) contentTypes.set(`api::${api}.${name}`, read(join(dir, name, 'schema.json')));
}
const components = new Map<string, SchemaShape>();
for (const category of readdirSync(join(root, 'src', 'components'))) {
  for (const file of readdirSync(join(root, 'src', 'components', category))) {
    components.set(`${category}.${file.replace(/\.json$/, '')}`, read(join(root, 'src', 'components', category, file)));
  }
}
const lookup = (uid: string) => components.get(uid);
const schema = (uid: string) => {
  const found = contentTypes.get(uid);
  if (!found) throw new Error(`no content type ${uid}`);
  return found;
};

const ATTACKS = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
];

describe('URL fields of the content model', () => {
  it('are found from the schemas, in types, components and dynamic zones', () => {
    const found = new Set<string>();
    for (const [uid, type] of contentTypes) for (const field of urlFieldsOf(type, lookup)) found.add(`${uid}#${field.path}:${field.rule}`);
    expect([...found]).toEqual(
      expect.arrayContaining([
        'api::session.session#recordingUrl:web',
        'api::session.session#stream.url:web',
        'api::session.session#stream.embedUrl:web',
        'api::partner.partner#url:web',
        'api::ad.ad#url:web',
        'api::organization.organization#website:web',
        'api::speaker.speaker#links:link',
        'api::event.event#description:link',
        'api::event.event#blocks.slides.linkUrl:link',
        'api::event.event#blocks.body:link',
        'api::event.event#blocks.video.url:web',
        'api::news-item.news-item#body:link',
      ]),
    );
    // nothing that is not a link: labels, colours, titles
    expect([...found].filter((entry) => /linkLabel|Color|title|name#/i.test(entry))).toEqual([]);
  });
});

describe('a write with an unsafe URL', () => {
  it.each(ATTACKS)('is refused in a session recording: %j', (value) => {
    const problems = unsafeUrls(schema('api::session.session'), { title: 'x', recordingUrl: value }, lookup);
    expect(problems).toEqual([{ path: ['recordingUrl'], value, rule: 'web' }]);
    expect(urlRefusal(problems[0]!)).toContain('«recordingUrl»');
  });

  it('is refused for a partner, an ad, a stream and a website, also without a scheme or a host', () => {
    for (const value of [...ATTACKS, '//evil.test/x', '/local/path', 'example.org', 'http://', 'ftp://files.test/a']) {
      expect(unsafeUrls(schema('api::partner.partner'), { url: value }, lookup), value).toHaveLength(1);
      expect(unsafeUrls(schema('api::ad.ad'), { url: value }, lookup), value).toHaveLength(1);
      expect(unsafeUrls(schema('api::organization.organization'), { website: value }, lookup), value).toHaveLength(1);
      expect(unsafeUrls(schema('api::session.session'), { stream: { url: value } }, lookup), value).toHaveLength(1);
    }
  });

  it('is found deep in the blocks of an event: a slider button, a text link, a video', () => {
    const data = {
      title: 'Событие',
      description: [{ type: 'paragraph', children: [{ type: 'text', text: 'см. ' }, { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'тут' }] }] }],
      blocks: [
        { __component: 'blocks.description', body: [{ type: 'list', children: [{ type: 'list-item', children: [{ type: 'link', url: 'JAVASCRIPT:x', children: [] }] }] }] },
        { __component: 'blocks.slider', slides: [{ title: 'ok', linkUrl: 'https://ok.test' }, { title: 'bad', linkUrl: 'java\tscript:alert(1)' }] },
        { __component: 'blocks.video', video: { url: 'data:text/html,x' } },
      ],
    };
    expect(unsafeUrls(schema('api::event.event'), data, lookup).map((problem) => problem.path.join('.'))).toEqual([
      'description.0.children.1.url',
      'blocks.0.body.0.children.0.children.0.url',
      'blocks.1.slides.1.linkUrl',
      'blocks.2.video.url',
    ]);
  });

  it("is found in a speaker's links, as objects or plain strings", () => {
    const links = [{ label: 'ok', url: 'https://ok.test' }, { label: 'bad', url: 'javascript:alert(1)' }, 'vbscript:x', { href: 'data:text/html,x' }];
    expect(unsafeUrls(schema('api::speaker.speaker'), { links }, lookup).map((problem) => problem.path.join('.'))).toEqual(['links.1.url', 'links.2', 'links.3.href']);
  });
});

describe('a write with safe URLs', () => {
  it('passes: web addresses, and in text links mail, phone, site paths and anchors; empty fields too', () => {
    expect(unsafeUrls(schema('api::session.session'), { recordingUrl: 'https://rutube.ru/video/abc/', stream: { url: null } }, lookup)).toEqual([]);
    expect(unsafeUrls(schema('api::session.session'), { recordingUrl: '' }, lookup)).toEqual([]);
    expect(unsafeUrls(schema('api::partner.partner'), { url: 'HTTP://Partner.test/a?b=c' }, lookup)).toEqual([]);
    const body = ['https://a.test', 'mailto:info@a.test', 'tel:+74950000000', '/events/x?tab=program', '#program'].map((url) => ({ type: 'link', url, children: [] }));
    expect(unsafeUrls(schema('api::news-item.news-item'), { body: [{ type: 'paragraph', children: body }] }, lookup)).toEqual([]);
    expect(unsafeUrls(schema('api::speaker.speaker'), { links: [{ label: 'Почта', url: 'mailto:a@b.test' }] }, lookup)).toEqual([]);
  });

  it('does not read fields that are not links (titles, labels, colours) as URLs', () => {
    expect(unsafeUrls(schema('api::event.event'), { title: 'javascript:', summary: 'javascript:', blocks: [{ __component: 'blocks.slider', slides: [{ linkLabel: 'javascript:' }] }] }, lookup)).toEqual([]);
  });
});
