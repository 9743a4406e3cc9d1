import type { BlockNode } from 'cms';

/** Text of a block subtree (code blocks, image captions). */
export function blockText(node: BlockNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.children ?? []).map(blockText).join('');
}

/** Links from the CMS are rendered only for web, mail, phone and same-site targets (no `javascript:`). */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(trimmed) ? trimmed : undefined;
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Heading levels of the content start below the page's own h1. */
export function headingTag(level: number | undefined, offset: number): `h${2 | 3 | 4 | 5 | 6}` {
  const shifted = Math.min(6, Math.max(2, (level ?? 2) + offset));
  return `h${shifted as 2 | 3 | 4 | 5 | 6}`;
}
