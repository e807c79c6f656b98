import { describe, expect, it } from 'vitest';
import { xrSupported } from './xr-support';

describe('xrSupported', () => {
  it('asks the browser about immersive-vr', async () => {
    const asked: string[] = [];
    const nav = (ok: boolean) => ({ xr: { isSessionSupported: async (mode: 'immersive-vr') => (asked.push(mode), ok) } });
    expect(await xrSupported(nav(true))).toBe(true);
    expect(await xrSupported(nav(false))).toBe(false);
    expect(asked).toEqual(['immersive-vr', 'immersive-vr']);
  });

  it('is false without WebXR or when the check fails', async () => {
    expect(await xrSupported({})).toBe(false);
    expect(await xrSupported(undefined)).toBe(false);
    expect(await xrSupported({ xr: { isSessionSupported: () => Promise.reject(new Error('SecurityError')) } })).toBe(false);
  });
});
