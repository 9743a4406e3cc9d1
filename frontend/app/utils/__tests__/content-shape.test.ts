/** The site's shaping of CMS content for its pages (server/content/shape.ts), pure. */
import { describe, expect, it } from 'vitest';
import type { Partner, StrapiSession } from 'cms';
import { compactProgramItem, parseBlocks, partnerGroups, programItem, recordingEmbedUrl } from '../../../server/content/shape';

const partner = (name: string, extra: Partial<Partner> = {}): Partner => ({ documentId: `p-${name}`, name, ...extra });
const category = (name: string, order: number, visible = true) => ({ documentId: `c-${name}`, name, order, visible });

const session: StrapiSession = {
  documentId: 's1',
  title: 'Открытие',
  description: 'Приветствие ректора',
  startsAt: '2027-06-01T07:00:00.000Z',
  endsAt: '2027-06-01T08:00:00.000Z',
  room: 'Актовый зал',
  recordingAvailability: 'registered',
  speakers: [{ documentId: 'sp1', name: 'Анна', slug: 'anna', position: 'Ректор', links: [{ label: 'uni', href: 'https://uni.test/', external: true }] }],
  tags: [{ documentId: 't1', name: 'ИИ', slug: 'ai' }],
  stream: { provider: 'youtube', embedUrl: null },
};

describe('shaping content for the pages', () => {
  it('keeps the page sections it knows, in order, and skips unknown or malformed ones', () => {
    const blocks = parseBlocks([
      { __component: 'blocks.program', id: 1, heading: 'Программа' },
      { __component: 'blocks.unknown', id: 2 },
      { __component: 'blocks.news', id: 'three' },
      { __component: 'blocks.news', id: 4, limit: 2 },
    ]);
    expect(blocks.map((block) => [block.__component, block.id])).toEqual([
      ['blocks.program', 1],
      ['blocks.news', 4],
    ]);
    expect(parseBlocks(null)).toEqual([]);
  });

  it('groups visible partners by visible category, both in their order, the uncategorized last', () => {
    const groups = partnerGroups([
      partner('Б', { order: 1, category: category('Генеральные', 0) }),
      partner('А', { order: 1, category: category('Генеральные', 0) }),
      partner('Скрытый', { visible: false, category: category('Генеральные', 0) }),
      partner('Из скрытой', { category: category('Скрытая', 1, false) }),
      partner('Без категории'),
      partner('Информационный', { category: category('Информационные', 2) }),
    ]);
    expect(groups.map((group) => [group.name, group.partners.map((p) => p.name)])).toEqual([
      ['Генеральные', ['А', 'Б']],
      ['Информационные', ['Информационный']],
      ['', ['Без категории']],
    ]);
  });

  it('gives program cards what they show, and the event page only names of speakers', () => {
    const item = programItem(session, true);
    expect(item).toMatchObject({ title: 'Открытие', description: 'Приветствие ректора', hasStream: true, hasRecording: true, track: null });
    expect(item.speakers).toEqual([{ documentId: 'sp1', name: 'Анна', slug: 'anna', position: 'Ректор', affiliation: undefined, photo: undefined }]);
    expect(programItem(session, false).description).toBeUndefined();
    const compact = compactProgramItem(session);
    expect(compact.speakers).toEqual([{ documentId: 'sp1', name: 'Анна', slug: 'anna' }]);
    expect(compact.tags).toEqual([]);
    expect(programItem({ ...session, recordingAvailability: null, stream: null }, false)).toMatchObject({ hasStream: false, hasRecording: false });
  });

  it('plays YouTube and Rutube recordings in their players and leaves anything else a link', () => {
    expect(recordingEmbedUrl('https://youtu.be/abc123')).toBe('https://www.youtube-nocookie.com/embed/abc123');
    expect(recordingEmbedUrl('https://m.youtube.com/watch?v=abc123')).toBe('https://www.youtube-nocookie.com/embed/abc123');
    expect(recordingEmbedUrl('https://rutube.ru/video/0123456789abcdef0123456789abcdef/')).toBe('https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef');
    expect(recordingEmbedUrl('https://disk.example/recording.mp4')).toBeNull();
    expect(recordingEmbedUrl('not a url')).toBeNull();
    expect(recordingEmbedUrl(null)).toBeNull();
  });
});
