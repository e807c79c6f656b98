import type { Scene } from '@babylonjs/core/scene';
import type { BoothSlot, BoothTemplate, HallView, Locale, PlacedBooth } from '../../model';
import { boothGeometry } from '../booth/booth-geometry';
import { BoothMeshes } from '../booth/build-booth-meshes';
import { ProductModels, type ProductModelsListeners } from '../booth/product-models';
import type { LabelSpot } from '../geometry/label';
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
 *
 * A rebuild takes over what the build it replaces already has: its product models (placed
 * again, not loaded again, so products neither blink out nor cost frames while they reload)
 * and its label atlas when the texts are the same (no canvas drawing, no texture upload).
 */
export class PreviewBooth {
  private readonly meshes: BoothMeshes;
  private atlas: LabelAtlas | undefined;
  private products: ProductModels | undefined;
  /** What the atlas shows, to tell whether a rebuild can keep it. */
  private labelKey: string;
  private readonly labels: readonly LabelSpot[];

  constructor(
    readonly entries: readonly PreviewBoothEntry[],
    view: Pick<HallView, 'products'>,
    deps: PreviewBoothDeps,
    /** Where the viewer stands, for the product models' load order and near/far split (default: the first booth). */
    viewer?: { x: number; z: number },
    /** The build this one replaces (the caller disposes it afterwards): its models and atlas are taken over. */
    previous?: PreviewBooth,
  ) {
    // The geometry builder looks slots and templates up by id: hand it just these booths'.
    const geometry = boothGeometry({
      layout: { slots: entries.map((e) => e.slot) } as HallView['layout'],
      boothTemplates: [...new Set(entries.map((e) => e.template))],
      booths: entries.map((e) => e.booth),
      products: view.products,
    });
    this.labels = geometry.labels;
    this.labelKey = atlasKey(geometry.labels, deps.locale);
    if (geometry.labels.length > 0) this.atlas = previous?.takeAtlas(this.labelKey) ?? createLabelAtlas(deps.scene, geometry.labels, deps.locale, deps.createCanvas);
    const atlas = this.atlas;
    this.meshes = new BoothMeshes(deps.scene, geometry, deps.materials, (name, labels) => atlas?.buildMesh(name, labels));
    // All these booths are one "tile": their few meshes, rebuilt together.
    this.meshes.addTile({ tile: 0, slotIds: entries.map((e) => e.slot.id), parts: geometry.parts, labels: geometry.labels, plinths: geometry.plinths.map((_, i) => i) });
    const listeners: ProductModelsListeners = {
      onLoaded: () => deps.onChanged?.(),
      onChanged: deps.onChanged,
      onError: deps.onError,
      onPlinth: (index, size) => {
        this.meshes.resizePlinth(index, size);
        deps.onChanged?.();
      },
    };
    const kept = previous?.takeProducts();
    const first = entries[0];
    if (kept) {
      kept.setListeners(listeners);
      kept.setPlacements(geometry.products);
      this.products = kept;
    } else if (deps.models && first && geometry.products.some((p) => p.glbUrl)) {
      const models = new ProductModels(deps.scene, geometry.products, {
        load: deps.models.load,
        resolveUrl: deps.models.resolveUrl,
        origin: viewer ?? { x: first.slot.x, z: first.slot.z },
        ...listeners,
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
    this.labelKey = atlasKey(this.labels, locale);
  }

  /** Hands the product models to the build replacing this one (this one then no longer disposes them). */
  private takeProducts(): ProductModels | undefined {
    const products = this.products;
    this.products = undefined;
    return products;
  }

  /** Hands the label atlas over when it shows exactly these texts (same cells, same words, same colours). */
  private takeAtlas(key: string): LabelAtlas | undefined {
    if (key !== this.labelKey) return undefined;
    const atlas = this.atlas;
    this.atlas = undefined;
    return atlas;
  }

  dispose(): void {
    this.products?.dispose();
    this.meshes.dispose();
    this.atlas?.dispose();
  }
}

/** Everything a label atlas draws (cell keys and shapes, texts, colours, locale): equal keys draw equal atlases. */
function atlasKey(labels: readonly LabelSpot[], locale: Locale): string {
  return JSON.stringify([locale, labels.map((l) => [l.key, l.aspect, l.text, l.style])]);
}
