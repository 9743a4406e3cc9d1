// Builders for Strapi's "blocks" rich text JSON, so the demo texts read as prose in data.ts.

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: InlineNode[];
}

export interface ListItemBlock {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: ListItemBlock[];
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

const inline = (part: string | InlineNode): InlineNode => (typeof part === 'string' ? { type: 'text', text: part } : part);

export const strong = (text: string): TextNode => ({ type: 'text', text, bold: true });

export const link = (url: string, text: string): LinkNode => ({ type: 'link', url, children: [{ type: 'text', text }] });

export const paragraph = (...parts: Array<string | InlineNode>): ParagraphBlock => ({
  type: 'paragraph',
  children: parts.map(inline),
});

export const heading = (text: string, level: HeadingBlock['level'] = 2): HeadingBlock => ({
  type: 'heading',
  level,
  children: [{ type: 'text', text }],
});

export const bullets = (...items: string[]): ListBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: [{ type: 'text', text: item }] })),
});

export const steps = (...items: string[]): ListBlock => ({
  type: 'list',
  format: 'ordered',
  children: items.map((item) => ({ type: 'list-item', children: [{ type: 'text', text: item }] })),
});

export const quote = (text: string): QuoteBlock => ({ type: 'quote', children: [{ type: 'text', text }] });

/** Plain text of blocks (tests check that descriptions say something). */
export function blocksText(blocks: Block[]): string {
  const inlineText = (nodes: InlineNode[]) => nodes.map((node) => (node.type === 'text' ? node.text : node.children.map((c) => c.text).join(''))).join('');
  return blocks
    .map((block) => (block.type === 'list' ? block.children.map((item) => inlineText(item.children)).join('\n') : inlineText(block.children)))
    .join('\n');
}
