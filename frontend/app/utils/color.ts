/** Brand colors from the CMS turned into CSS variables that keep text readable (WCAG AA). */

export const DEFAULT_PRIMARY = '#1f3a93';
export const DEFAULT_ACCENT = '#e4572e';

const WHITE = '#ffffff';
const INK = '#14161a';
const HEX = /^#[0-9a-fA-F]{6}$/;

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK;
}

/** `color` darkened towards black until it reaches `ratio` against white (for links and headings on the page). */
export function darkenForContrast(color: string, ratio = 5): string {
  let rgb = toRgb(color);
  for (let step = 0; step < 20 && contrastRatio(toHex(rgb), WHITE) < ratio; step += 1) {
    rgb = rgb.map((c) => c * 0.9) as Rgb;
  }
  return toHex(rgb);
}

export function brandVariables(primary?: string | null, accent?: string | null): Record<string, string> {
  const p = primary && HEX.test(primary) ? primary : DEFAULT_PRIMARY;
  const a = accent && HEX.test(accent) ? accent : DEFAULT_ACCENT;
  return {
    '--color-primary': p,
    '--color-on-primary': readableOn(p),
    '--color-primary-text': darkenForContrast(p),
    '--color-accent': a,
    '--color-on-accent': readableOn(a),
    '--color-accent-text': darkenForContrast(a),
  };
}
