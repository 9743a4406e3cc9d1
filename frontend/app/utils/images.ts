import type { Image } from '#shared/types/site';

export interface ImageSource {
  src: string;
  srcset?: string;
  width?: number;
  height?: number;
}

/**
 * `src` and `srcset` from an uploaded image and the sizes Strapi made of it (thumbnail, small,
 * medium, large): the browser picks the smallest that fills the slot. `base` makes media URLs absolute.
 */
export function imageSource(image: Image | null | undefined, base: (url: string) => string | undefined, maxWidth = 1600): ImageSource | undefined {
  if (!image?.url) return undefined;
  const candidates = new Map<number, string>();
  for (const [name, format] of Object.entries(image.formats ?? {})) {
    if (name === 'thumbnail' || !format.width) continue;
    const url = base(format.url);
    if (url && format.width <= maxWidth) candidates.set(format.width, url);
  }
  const original = base(image.url);
  if (!original) return undefined;
  if (image.width && image.width <= maxWidth) candidates.set(image.width, original);
  const sorted = [...candidates.entries()].sort(([a], [b]) => a - b);
  const largest = sorted.at(-1);
  return {
    src: largest?.[1] ?? original,
    srcset: sorted.length > 1 ? sorted.map(([width, url]) => `${url} ${width}w`).join(', ') : undefined,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
  };
}
