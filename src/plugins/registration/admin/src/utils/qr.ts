/**
 * Reading a check-in QR code in the browser (jsQR): from a camera frame or an uploaded photo, drawn
 * into a canvas no larger than needed (a phone photo of 12 megapixels is scaled down first).
 */
import jsQR from 'jsqr';

const MAX_SIDE = 1600;

/** The QR code's text in the canvas's picture, or null. */
export function readCanvas(canvas: HTMLCanvasElement): string | null {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context || canvas.width === 0 || canvas.height === 0) return null;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  const text = found?.data.trim();
  return text ? text : null;
}

/** Draws a picture (a video frame, a decoded photo) into the canvas, scaled to at most MAX_SIDE. */
export function drawScaled(canvas: HTMLCanvasElement, source: CanvasImageSource, width: number, height: number): void {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas.getContext('2d', { willReadFrequently: true })?.drawImage(source, 0, 0, canvas.width, canvas.height);
}

/** The QR code's text in an image file (a photo of the code), or null when none is found. */
export async function readImageFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement('canvas');
    drawScaled(canvas, bitmap, bitmap.width, bitmap.height);
    return readCanvas(canvas);
  } finally {
    bitmap.close();
  }
}
