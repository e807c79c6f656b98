/** Where an XR session stands, as `xrStateChanged` reports it. */
export type XRState = 'off' | 'entering' | 'in' | 'exiting';

/** The part of `navigator` this needs (tests pass their own). */
export interface XRNavigator {
  xr?: { isSessionSupported(mode: 'immersive-vr'): Promise<boolean> };
}

/**
 * Whether this browser can start an immersive VR session: a headset browser, or a desktop one
 * with a headset attached or an emulator installed. Never throws; false without WebXR (plain
 * HTTP, old browsers) or when the check fails. Costs no Babylon code.
 */
export async function xrSupported(nav: XRNavigator | undefined = typeof navigator === 'undefined' ? undefined : (navigator as XRNavigator)): Promise<boolean> {
  try {
    return !!nav?.xr && (await nav.xr.isSessionSupported('immersive-vr'));
  } catch {
    return false;
  }
}
