import { describe, expect, it } from 'vitest';
import { resolveAssetUrl } from './load-glb';

describe('resolveAssetUrl', () => {
  it('leaves URLs alone without a base, and https URLs always', () => {
    expect(resolveAssetUrl('/assets/models/a.glb', undefined)).toBe('/assets/models/a.glb');
    expect(resolveAssetUrl('https://cdn.example.com/a.glb', 'https://other.example.com')).toBe('https://cdn.example.com/a.glb');
  });

  it('puts same-origin paths under the base', () => {
    expect(resolveAssetUrl('/assets/models/a.glb', 'https://cdn.example.com/expo/')).toBe('https://cdn.example.com/expo/assets/models/a.glb');
    expect(resolveAssetUrl('/assets/models/a.glb', 'http://localhost:8799')).toBe('http://localhost:8799/assets/models/a.glb');
  });
});
