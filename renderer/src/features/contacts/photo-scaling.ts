// A picture the user chooses, made into a contact's photo before it leaves the window: cropped to the middle square
// and scaled down to PHOTO_EDGE pixels a side as a JPEG, so what is sent is always small. The main process checks the
// bytes again and has the last word.
import { MAX_PHOTO_BYTES, PHOTO_EDGE } from '../../../../shared/photos';

/** Qualities tried in turn until the JPEG fits the byte limit; the first one almost always does. */
const JPEG_QUALITIES = [0.86, 0.7, 0.5];

export class PhotoNotReadable extends Error {}

/** The square in the middle of a picture of this size, and the side it is scaled to (never up). */
export function centreSquare(width: number, height: number): { x: number; y: number; side: number; edge: number } {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), side, edge: Math.min(PHOTO_EDGE, side) };
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole photo into one call exceeds the engine's argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function canvasBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** The chosen file as a photo in base64; `PhotoNotReadable` when the browser cannot open it as a picture. */
export async function photoFromFile(file: Blob): Promise<string> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoNotReadable();
  }
  try {
    const { x, y, side, edge } = centreSquare(bitmap.width, bitmap.height);
    if (side === 0) throw new PhotoNotReadable();
    const canvas = document.createElement('canvas');
    canvas.width = edge;
    canvas.height = edge;
    const context = canvas.getContext('2d');
    if (!context) throw new PhotoNotReadable();
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, x, y, side, side, 0, 0, edge, edge);
    for (const quality of JPEG_QUALITIES) {
      const blob = await canvasBlob(canvas, quality);
      if (blob && blob.size <= MAX_PHOTO_BYTES) return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
    }
    throw new PhotoNotReadable();
  } finally {
    bitmap.close();
  }
}
