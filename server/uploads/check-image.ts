import { imageSize } from 'image-size';
import { formatCount, invalidContent } from './upload-error';

/** Pixel size of an accepted picture. */
export interface ImageReport {
  width: number;
  height: number;
}

/**
 * Reads a PNG/JPEG/WebP's pixel size from its header (no decoding). Returns undefined when the
 * header cannot be read: the bytes only look like an image.
 */
export function readImageSize(bytes: Uint8Array): ImageReport | undefined {
  try {
    const { width, height } = imageSize(bytes);
    return width > 0 && height > 0 ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a picture's dimensions against `maxSize` × `maxSize`. A small file can still declare a
 * huge canvas (a decompression bomb), so the header is what counts, not the byte size.
 * Throws a 422 naming by how many pixels each side is over.
 */
export function checkImage(bytes: Uint8Array, maxSize: number | undefined): ImageReport {
  const size = readImageSize(bytes);
  if (!size) throw invalidContent('the image header is damaged: its width and height cannot be read');
  if (maxSize === undefined) return size;
  const problems = [overBy('wide', size.width, maxSize), overBy('tall', size.height, maxSize)].filter((p) => p !== undefined);
  if (problems.length > 0) {
    throw invalidContent(
      `the image is ${size.width}×${size.height} px, over the maximum of ${maxSize}×${maxSize} px`,
      problems,
    );
  }
  return size;
}

function overBy(side: 'wide' | 'tall', value: number, max: number): string | undefined {
  return value > max ? `${formatCount(value - max)} px too ${side} (${formatCount(value)} px, max ${formatCount(max)})` : undefined;
}
