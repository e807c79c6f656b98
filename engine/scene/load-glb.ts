import type { AssetContainer } from '@babylonjs/core/assetContainer';
import type { Scene } from '@babylonjs/core/scene';

/** Loads a model file into a container (not yet in the scene). Swappable so Node tests can feed containers. */
export type ModelLoader = (url: string, scene: Scene) => Promise<AssetContainer>;

/**
 * The default loader: Babylon's glTF 2.0 loader, imported on first use so the first frame
 * (floor and walls) does not wait for ~200 KB of loader code.
 */
export const loadGlb: ModelLoader = async (url, scene) => {
  const [{ LoadAssetContainerAsync }] = await Promise.all([
    import('@babylonjs/core/Loading/sceneLoader'),
    // Registers the .glb/.gltf plugin (glTF 2.0 only; no Draco/KTX2, which would fetch decoders from a CDN).
    import('@babylonjs/loaders/glTF/2.0/glTFLoader'),
  ]);
  return LoadAssetContainerAsync(url, scene, { pluginExtension: '.glb' });
};

/**
 * Where to fetch an asset: same-origin paths (`/assets/…`) are put under `base` when one is
 * given (a CDN, or the dev server's static folder); https URLs are left alone.
 */
export function resolveAssetUrl(url: string, base: string | undefined): string {
  if (!base || /^https:\/\//.test(url)) return url;
  return base.replace(/\/+$/, '') + (url.startsWith('/') ? url : `/${url}`);
}
