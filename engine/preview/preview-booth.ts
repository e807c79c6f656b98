import type { Scene } from '@babylonjs/core/scene';
import type { BoothSlot, BoothTemplate, HallView, Locale, PlacedBooth } from '../../model';
import { boothGeometry } from '../booth/booth-geometry';
import { BoothMeshes } from '../booth/build-booth-meshes';
import { ProductModels } from '../booth/product-models';
import { createLabelAtlas, type CanvasFactory, type LabelAtlas } from '../hall/label-atlas';
import type { StaticMaterials } from '../scene/static-materials';
import type { ModelLoader } from '../scene/load-glb';

export interface PreviewBoothDeps {
  scene: Scene;
  materials: StaticMaterials;
  createCanvas: CanvasFactory;
  locale: Locale;
  /** Undefined: no product models (plinths only). */
  models?: { load: ModelLoader; resolveUrl: (url: string) => string };
  onError: (message: string) => void;
}

/**
 * One booth of the preview, built alone so an edit rebuilds only its booth: the same pure
 * geometry and mesh builders as the visitor's hall, with its own small label atlas (the
 * visitor's hall shares one atlas for all booths, but then one booth's edit would redraw them all).
 */
export class PreviewBooth {
  private readonly meshes: BoothMeshes;
  private readonly atlas: LabelAtlas | undefined;
  private readonly products: ProductModels | undefined;

  constructor(
    readonly booth: PlacedBooth,
    readonly slot: BoothSlot,
    readonly template: BoothTemplate,
    view: Pick<HallView, 'products'>,
    deps: PreviewBoothDeps,
  ) {
    // The geometry builder looks slots and templates up by id: hand it just this booth's.
    const geometry = boothGeometry({ layout: { slots: [slot] } as HallView['layout'], boothTemplates: [template], booths: [booth], products: view.products });
    if (geometry.labels.length > 0) this.atlas = createLabelAtlas(deps.scene, geometry.labels, deps.locale, deps.createCanvas);
    const atlas = this.atlas;
    this.meshes = new BoothMeshes(deps.scene, geometry, deps.materials, (name, labels) => atlas?.buildMesh(name, labels));
    // The whole booth is one "tile": its own few meshes, rebuilt together.
    this.meshes.addTile({ tile: 0, slotIds: [slot.id], parts: geometry.parts, labels: geometry.labels, plinths: geometry.plinths.map((_, i) => i) });
    if (deps.models && geometry.products.some((p) => p.glbUrl)) {
      const models = new ProductModels(deps.scene, geometry.products, {
        load: deps.models.load,
        resolveUrl: deps.models.resolveUrl,
        origin: { x: slot.x, z: slot.z },
        onLoaded: () => undefined,
        onError: deps.onError,
        onPlinth: (index, size) => this.meshes.resizePlinth(index, size),
      });
      this.products = models;
      void models.loadAll();
    }
  }

  /** Whether this build still shows `booth` on `slot` with `template` (same objects: documents are immutable). */
  shows(booth: PlacedBooth, slot: BoothSlot, template: BoothTemplate): boolean {
    return this.booth === booth && this.slot === slot && this.template === template;
  }

  setLocale(locale: Locale): void {
    this.atlas?.redraw(locale);
  }

  meshCount(): number {
    return this.meshes.meshes.length + (this.products?.meshes().length ?? 0);
  }

  dispose(): void {
    this.products?.dispose();
    this.meshes.dispose();
    this.atlas?.dispose();
  }
}
