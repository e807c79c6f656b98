import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { nonBackgroundShare } from './pixels';

function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const [r, g, b] = paint(x, y);
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

describe('nonBackgroundShare', () => {
  it('is 0 for a blank canvas (only the clear colour)', () => {
    expect(nonBackgroundShare(image(64, 48, () => [40, 60, 90]))).toBe(0);
  });

  it('counts what differs from the most common colour', () => {
    const share = nonBackgroundShare(image(100, 100, (x) => (x < 30 ? [200, 180, 40] : [40, 60, 90])));
    expect(share).toBeCloseTo(0.3, 2);
  });

  it('ignores tiny differences such as dithering', () => {
    expect(nonBackgroundShare(image(64, 48, (x) => [40 + (x % 3), 60, 90]))).toBe(0);
  });
});
