import { PNG } from 'pngjs';

/**
 * Share of pixels in a PNG that differ from its most common colour (the background) by more
 * than `tolerance` on any channel. A blank or single-colour canvas gives ~0.
 */
export function nonBackgroundShare(png: Uint8Array, tolerance = 12): number {
  const image = PNG.sync.read(Buffer.from(png));
  const { data, width, height } = image;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4 * 7) {
    const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let background = 0;
  let best = -1;
  for (const [key, n] of counts) if (n > best) [best, background] = [n, key];
  const br = ((background >> 10) & 31) << 3;
  const bg = ((background >> 5) & 31) << 3;
  const bb = (background & 31) << 3;
  let differing = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - br) > tolerance || Math.abs(data[i + 1]! - bg) > tolerance || Math.abs(data[i + 2]! - bb) > tolerance) differing++;
  }
  return differing / (width * height);
}
