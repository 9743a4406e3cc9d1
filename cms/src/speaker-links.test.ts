import { describe, expect, it } from 'vitest';
import { speakerLinks } from './speaker-links';

describe('speakerLinks', () => {
  it('keeps web and mail links with their labels, in the organizer\'s order', () => {
    expect(
      speakerLinks([
        { label: 'Профиль в РИНЦ', url: 'https://elibrary.demo.test/author/volkov-ds' },
        { label: '  Почта  ', url: 'mailto:volkov@mico.demo.test' },
        { label: 'Блог', url: 'http://blog.demo.test/' },
      ]),
    ).toEqual([
      { label: 'Профиль в РИНЦ', href: 'https://elibrary.demo.test/author/volkov-ds', external: true },
      { label: 'Почта', href: 'mailto:volkov@mico.demo.test', external: false },
      { label: 'Блог', href: 'http://blog.demo.test/', external: true },
    ]);
  });

  it('never turns other schemes into links', () => {
    const links = speakerLinks([
      { label: 'x', url: 'javascript:alert(1)' },
      { label: 'x', url: ' JavaScript:alert(1)' },
      { label: 'x', url: 'data:text/html,<script>alert(1)</script>' },
      { label: 'x', url: 'vbscript:msgbox(1)' },
      { label: 'x', url: 'file:///etc/passwd' },
      { label: 'x', url: '//evil.test/relative' },
      { label: 'x', url: '/speakers/relative' },
      { label: 'x', url: 'mailto:' },
    ]);
    expect(links).toEqual([]);
  });

  it('names an unlabelled link by its host or address and skips what is not a link', () => {
    expect(speakerLinks(['https://www.example.test/me', { url: 'mailto:anna%2Esmirnova@uni.test' }, { label: 'no url' }, 42, null, { url: 7 }])).toEqual([
      { label: 'example.test', href: 'https://www.example.test/me', external: true },
      { label: 'anna.smirnova@uni.test', href: 'mailto:anna%2Esmirnova@uni.test', external: false },
    ]);
    expect(speakerLinks(null)).toEqual([]);
    expect(speakerLinks({ label: 'x', url: 'https://a.test' })).toEqual([]);
  });

  it('drops repeated links and keeps at most twelve, with labels of at most 80 characters', () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ label: 'Я'.repeat(100), url: `https://site${index % 15}.test/` }));
    const links = speakerLinks(many);
    expect(links).toHaveLength(12);
    expect(new Set(links.map((link) => link.href)).size).toBe(12);
    expect(links[0]?.label).toHaveLength(80);
  });
});
