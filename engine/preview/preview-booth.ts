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
  /** The booth's picture changed on its own (a product model arrived, a plinth grew to fit it): the preview draws on demand. */
  onChanged?: () => void;
}

/** One booth as the preview shows it: the placed booth, its slot and its template (the same objects as in the HallView). */
export interface PreviewBoothEntry {
  readonly booth: PlacedBooth;
  readonly slot: BoothSlot;
  readonly template: BoothTemplate;
}

/**
 * Booths of the preview built together: the same pure geometry and mesh builders as the
 * visitor's hall. The booth being edited is built alone, so an edit rebuilds only its own few
 * meshes and small label atlas; booths that do not change while editing (the exhibitor's
 * neighbours) are built as one group, as the visitor's hall builds a tile: one mesh per finish,
 * one label atlas, and each product model once, drawn as thin instances on every stand.
 */
export class PreviewBooth {
  private readonly meshes: BoothMeshes;
  private readonly atlas: LabelAtlas | undefined;
  private readonly products: ProductModels | undefined;

  constructor(
    readonly entries: readonly PreviewBoothEntry[],
    view: Pick<HallView, 'products'>,
    deps: PreviewBoothDeps,
    /** Where the viewer stands, for the product models' load order and near/far split (default: the first booth). */
    viewer?: { x: number; z: number },
  ) {
    // The geometry builder looks slots and templates up by id: hand it just these booths'.
    const geometry = boothGeometry({
      layout: { slots: entries.map((e) => e.slot) } as HallView['layout'],
      boothTemplates: [...new Set(entries.map((e) => e.template))],
      booths: entries.map((e) => e.booth),
      products: view.products,
    });
    if (geometry.labels.length > 0) this.atlas = createLabelAtlas(deps.scene, geometry.labels, deps.locale, deps.createCanvas);
    const atlas = this.atlas;
    this.meshes = new BoothMeshes(deps.scene, geometry, deps.materials, (name, labels) => atlas?.buildMesh(name, labels));
    // All these booths are one "tile": their few meshes, rebuilt together.
    this.meshes.addTile({ tile: 0, slotIds: entries.map((e) => e.slot.id), parts: geometry.parts, labels: geometry.labels, plinths: geometry.plinths.map((_, i) => i) });
    const first = entries[0];
    if (deps.models && first && geometry.products.some((p) => p.glbUrl)) {
      const models = new ProductModels(deps.scene, geometry.products, {
        load: deps.models.load,
        resolveUrl: deps.models.resolveUrl,
        origin: viewer ?? { x: first.slot.x, z: first.slot.z },
        onLoaded: () => deps.onChanged?.(),
        onChanged: deps.onChanged,
        onError: deps.onError,
        onPlinth: (index, size) => {
          this.meshes.resizePlinth(index, size);
          deps.onChanged?.();
        },
      });
      this.products = models;
      void models.loadAll();
    }
  }

  /** Whether this build still shows exactly these booths (same objects: documents are immutable). */
  shows(entries: readonly PreviewBoothEntry[]): boolean {
    return entries.length === this.entries.length && entries.every((e, i) => {
      const mine = this.entries[i]!;
      return mine.booth === e.booth && mine.slot === e.slot && mine.template === e.template;
    });
  }

  setLocale(locale: Locale): void {
    this.atlas?.redraw(locale);
  }

  dispose(): void {
    this.products?.dispose();
    this.meshes.dispose();
    this.atlas?.dispose();
  }
}
