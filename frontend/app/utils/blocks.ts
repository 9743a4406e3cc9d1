import { safeLinkUrl as safeLink, type BlockNode } from 'cms';

/** Text of a block subtree (code blocks, image captions). */
export function blockText(node: BlockNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.children ?? []).map(blockText).join('');
}

/**
 * Links from the CMS are rendered only for web, mail, phone and same-site targets (no `javascript:`,
 * no other host through `//`, `/\\` or a tab): the rule of `cms` (safe-url), as a browser reads the value.
 */
export function safeLinkUrl(url: string | null | undefined): string | undefined {
  return safeLink(url) ?? undefined;
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Heading levels of the content start below the page's own h1. */
export function headingTag(level: number | undefined, offset: number): `h${2 | 3 | 4 | 5 | 6}` {
  const shifted = Math.min(6, Math.max(2, (level ?? 2) + offset));
  return `h${shifted as 2 | 3 | 4 | 5 | 6}`;
}
