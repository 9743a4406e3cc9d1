// A minimal PNG encoder (8-bit RGB, no alpha: Strapi's sharp resizes it cheaply), so the demo gets
// covers and logos without downloading or shipping image files.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Bad color "${hex}"`);
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

/** Encodes an RGB image; `pixel(x, y)` gives each pixel's color. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = pixel(x, y);
      const offset = y * stride + 1 + x * 3;
      raw[offset] = r;
      raw[offset + 1] = g;
      raw[offset + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // color type: RGB
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/** A diagonal two-color gradient with soft light circles: an event cover (1200x630, the Open Graph size). */
export function coverPng(from: string, to: string, width = 1200, height = 630): Buffer {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  const white: Rgb = [255, 255, 255];
  const circles = [
    { cx: width * 0.78, cy: height * 0.3, r: height * 0.42 },
    { cx: width * 0.15, cy: height * 0.95, r: height * 0.3 },
  ];
  return encodePng(width, height, (x, y) => {
    const base = mix(a, b, (x / width) * 0.6 + (y / height) * 0.4);
    const inside = circles.some(({ cx, cy, r }) => (x - cx) ** 2 + (y - cy) ** 2 < r * r);
    return inside ? mix(base, white, 0.12) : base;
  });
}

/** A logo plate: the brand color with a white disc, the way placeholder logos look in a partners grid. */
export function logoPng(color: string, width = 400, height = 200): Buffer {
  const fill = hexToRgb(color);
  const r = height * 0.28;
  return encodePng(width, height, (x, y) =>
    (x - width / 2) ** 2 + (y - height / 2) ** 2 < r * r ? [255, 255, 255] : fill,
  );
}
