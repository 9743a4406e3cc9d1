import type { Image, Organization } from '#shared/types/site';
// The branding fonts other than Inter, self-hosted from @fontsource packages: the Cyrillic and Latin
// subsets in the weights the design uses, bundled by Vite as hashed files the site serves itself.
import golosCyrillic400 from '@fontsource/golos-text/files/golos-text-cyrillic-400-normal.woff2';
import golosLatin400 from '@fontsource/golos-text/files/golos-text-latin-400-normal.woff2';
import golosCyrillic600 from '@fontsource/golos-text/files/golos-text-cyrillic-600-normal.woff2';
import golosLatin600 from '@fontsource/golos-text/files/golos-text-latin-600-normal.woff2';
import golosCyrillic700 from '@fontsource/golos-text/files/golos-text-cyrillic-700-normal.woff2';
import golosLatin700 from '@fontsource/golos-text/files/golos-text-latin-700-normal.woff2';
import ptSansCyrillic400 from '@fontsource/pt-sans/files/pt-sans-cyrillic-400-normal.woff2';
import ptSansLatin400 from '@fontsource/pt-sans/files/pt-sans-latin-400-normal.woff2';
import ptSansCyrillic700 from '@fontsource/pt-sans/files/pt-sans-cyrillic-700-normal.woff2';
import ptSansLatin700 from '@fontsource/pt-sans/files/pt-sans-latin-700-normal.woff2';
import robotoCyrillic400 from '@fontsource/roboto/files/roboto-cyrillic-400-normal.woff2';
import robotoLatin400 from '@fontsource/roboto/files/roboto-latin-400-normal.woff2';
import robotoCyrillic600 from '@fontsource/roboto/files/roboto-cyrillic-600-normal.woff2';
import robotoLatin600 from '@fontsource/roboto/files/roboto-latin-600-normal.woff2';
import robotoCyrillic700 from '@fontsource/roboto/files/roboto-cyrillic-700-normal.woff2';
import robotoLatin700 from '@fontsource/roboto/files/roboto-latin-700-normal.woff2';

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

export type BrandFont = NonNullable<Organization['font']>;

// the subsets' ranges as @fontsource declares them
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

interface FontFiles {
  family: string;
  /** weight -> [Cyrillic file, Latin file] */
  weights: Partial<Record<400 | 600 | 700, readonly [string, string]>>;
}

/** Inter is in assets/css/fonts.css for every page (the default, and the fallback of every stack). */
const BRAND_FONTS: Record<Exclude<BrandFont, 'inter'>, FontFiles> = {
  golos: {
    family: 'Golos Text',
    weights: { 400: [golosCyrillic400, golosLatin400], 600: [golosCyrillic600, golosLatin600], 700: [golosCyrillic700, golosLatin700] },
  },
  // PT Sans comes in 400 and 700 only: the browser takes 700 where the design asks for 600
  'pt-sans': { family: 'PT Sans', weights: { 400: [ptSansCyrillic400, ptSansLatin400], 700: [ptSansCyrillic700, ptSansLatin700] } },
  roboto: {
    family: 'Roboto',
    weights: { 400: [robotoCyrillic400, robotoLatin400], 600: [robotoCyrillic600, robotoLatin600], 700: [robotoCyrillic700, robotoLatin700] },
  },
};

const FALLBACK = "'Inter', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const isBrandFont = (font: string): font is Exclude<BrandFont, 'inter'> => Object.hasOwn(BRAND_FONTS, font);

/** The CSS font stack of a branding font (Inter for none or an unknown one). */
export function fontStack(font: string | null | undefined): string {
  return font && isBrandFont(font) ? `'${BRAND_FONTS[font].family}', ${FALLBACK}` : FALLBACK;
}

const faceCss = new Map<string, string>();

/**
 * The @font-face rules of a branding font ('' for Inter, which every page has): a page declares only
 * the font its branding uses, and the browser downloads only the files its text needs.
 */
export function brandFontFaces(font: string | null | undefined): string {
  if (!font || !isBrandFont(font)) return '';
  let css = faceCss.get(font);
  if (css === undefined) {
    const { family, weights } = BRAND_FONTS[font];
    css = Object.entries(weights)
      .flatMap(([weight, files]) =>
        files.map(
          (url, index) =>
            `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weight};src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${index === 0 ? CYRILLIC : LATIN}}`,
        ),
      )
      .join('');
    faceCss.set(font, css);
  }
  return css;
}

/**
 * Declares the branding font of the shown page in the document head and makes it the page's font
 * (and follows it when it changes). The head is rendered after the page, so an event's own font is
 * in the server's HTML already, not only after the page has come alive in the browser.
 */
export function useBrandFont(font: () => string | null | undefined) {
  useHead({
    style: computed(() => {
      const css = brandFontFaces(font());
      return css ? [{ key: 'brand-font', textContent: `${css}body{--font:${fontStack(font())}}` }] : [];
    }),
  });
}
