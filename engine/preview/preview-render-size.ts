import { PREVIEW_CONFIG as P } from './preview-config';

/**
 * The engine's hardware scaling level (render px = CSS px ÷ level) for a canvas of this CSS size
 * on a screen with this device pixel ratio: the ratio capped at `maxPixelRatio`, then lowered
 * further if the canvas would still have more than `maxRenderPixels` pixels. Pure.
 */
export function previewScalingLevel(cssWidth: number, cssHeight: number, devicePixelRatio: number, caps: { maxPixelRatio: number; maxRenderPixels: number } = P): number {
  let ratio = Math.min(devicePixelRatio > 0 ? devicePixelRatio : 1, caps.maxPixelRatio);
  const cssPixels = Math.max(0, cssWidth) * Math.max(0, cssHeight);
  if (cssPixels * ratio * ratio > caps.maxRenderPixels) ratio = Math.sqrt(caps.maxRenderPixels / cssPixels);
  return 1 / ratio;
}
