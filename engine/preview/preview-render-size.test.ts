import { describe, expect, it } from 'vitest';
import { previewScalingLevel } from './preview-render-size';

const caps = { maxPixelRatio: 1.5, maxRenderPixels: 1_600_000 };
const renderPixels = (w: number, h: number, level: number) => Math.round(w / level) * Math.round(h / level);

describe('previewScalingLevel', () => {
  it('draws at the device pixel ratio on ordinary screens', () => {
    expect(previewScalingLevel(800, 600, 1, caps)).toBe(1);
    expect(previewScalingLevel(800, 600, 1.25, caps)).toBeCloseTo(0.8);
  });

  it('caps the pixel ratio of high-DPI screens', () => {
    expect(previewScalingLevel(600, 400, 3, caps)).toBeCloseTo(1 / 1.5);
  });

  it('holds a large canvas under the pixel budget, even below one render pixel per CSS pixel', () => {
    const hiDpi = previewScalingLevel(1600, 1000, 2, caps);
    expect(renderPixels(1600, 1000, hiDpi)).toBeLessThanOrEqual(1_600_000);
    expect(renderPixels(1600, 1000, hiDpi)).toBeGreaterThan(1_500_000);
    expect(previewScalingLevel(2560, 1440, 1, caps)).toBeGreaterThan(1);
  });

  it('keeps a zoomed-out page (ratio below 1) and survives an unsized canvas', () => {
    expect(previewScalingLevel(800, 600, 0.5, caps)).toBe(2);
    expect(previewScalingLevel(0, 0, 2, caps)).toBeCloseTo(1 / 1.5);
    expect(previewScalingLevel(800, 600, 0, caps)).toBe(1);
  });
});
