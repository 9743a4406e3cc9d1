import { describe, expect, it } from 'vitest';
import { blockText, headingTag, safeLinkUrl } from '../blocks';

describe('safeLinkUrl', () => {
  it('keeps web, mail, phone and same-site links', () => {
    for (const url of ['https://example.org/a', 'http://x.test', 'mailto:a@b.test', 'tel:+74950000000', '/events/x', '#program']) {
      expect(safeLinkUrl(url)).toBe(url);
    }
  });

  it('drops script and protocol-relative targets', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.test/x', 'vbscript:x', undefined]) {
      expect(safeLinkUrl(url)).toBeUndefined();
    }
  });
});

describe('headingTag', () => {
  it('shifts content headings below the page title and clamps to h2-h6', () => {
    expect(headingTag(1, 2)).toBe('h3');
    expect(headingTag(6, 2)).toBe('h6');
    expect(headingTag(1, -5)).toBe('h2');
    expect(headingTag(undefined, 0)).toBe('h2');
  });
});

describe('blockText', () => {
  it('joins the text of a subtree', () => {
    expect(blockText({ type: 'code', children: [{ type: 'text', text: 'npm ' }, { type: 'text', text: 'run demo' }] })).toBe('npm run demo');
  });
});
