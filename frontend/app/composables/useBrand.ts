import type { Image } from '#shared/types/site';

export interface BrandOverride {
  path: string;
  primaryColor?: string | null;
  accentColor?: string | null;
  font?: string | null;
  logo?: Image | null;
}

/** An event's own branding for the layout (header colors, logo, font) while its pages are shown. */
export function useBrandOverride() {
  return useState<BrandOverride | null>('brand-override', () => null);
}

const FONT_STACKS: Record<string, string> = {
  inter: "'Inter', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  golos: "'Golos Text', 'Inter', system-ui, sans-serif",
  'pt-sans': "'PT Sans', 'Inter', system-ui, sans-serif",
  roboto: "'Roboto', 'Inter', system-ui, sans-serif",
};

/** The CSS font stack of a branding font; the self-hosted Inter stands in where the font is not installed. */
export const fontStack = (font: string | null | undefined) => FONT_STACKS[font ?? 'inter'] ?? FONT_STACKS.inter!;
