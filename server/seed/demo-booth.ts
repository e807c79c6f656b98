import type { BoothDesign, BoothItem, BoothTemplate, Product } from '../../model';
import type { Words } from './industries';
import type { SeededRandom } from './prng';

/** Primary/accent pairs that read well on a grey hall floor. */
const PALETTE: readonly (readonly [string, string])[] = [
  ['#1f4e79', '#f2a900'],
  ['#0b6e4f', '#f4f1de'],
  ['#8c1c13', '#f7c59f'],
  ['#2d3142', '#ef8354'],
  ['#14213d', '#fca311'],
  ['#3a0ca3', '#4cc9f0'],
  ['#005f73', '#ee9b00'],
  ['#6a994e', '#f2e8cf'],
  ['#264653', '#e9c46a'],
  ['#9d0208', '#ffba08'],
  ['#023e8a', '#90e0ef'],
  ['#463f3a', '#e0afa0'],
];

const WALL_MATERIALS: readonly BoothDesign['theme']['wallMaterial'][] = ['paint', 'wood', 'fabric', 'glass', 'metal'];

/**
 * A booth design for one exhibitor on `template`: a product stand with one of its products on every
 * `stand` anchor (catalogue order), a screen on every screen anchor, a counter on the counter
 * anchor, and plants (plus a meeting table in larger booths) on floor anchors.
 */
export function makeDemoBoothDesign(
  random: SeededRandom,
  options: { exhibitorId: string; template: BoothTemplate; shortName: Words; products: readonly Product[] },
): BoothDesign {
  const { exhibitorId, template, shortName, products } = options;
  const [primaryColor, accentColor] = random.pick(PALETTE);
  const items: BoothItem[] = [];
  const counters = new Map<string, number>();
  const add = (kind: BoothItem['kind'], anchor: BoothTemplate['anchors'][number], extra: Partial<BoothItem> = {}) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    items.push({ id: `${kind}-${n}`, kind, anchorId: anchor.id, x: anchor.x, y: anchor.y, z: anchor.z, yaw: anchor.yaw, scale: 1, ...extra });
  };

  let stand = 0;
  let floor = 0;
  for (const anchor of template.anchors) {
    switch (anchor.kind) {
      case 'stand': {
        const product = products[stand++];
        if (product) add('product-stand', anchor, { productId: product.id });
        break;
      }
      case 'screen':
        add('screen', anchor);
        break;
      case 'counter':
        if (!counters.has('counter')) add('counter', anchor);
        break;
      case 'floor':
        // The second floor spot of a big booth gets a meeting table; the rest get plants.
        add(floor++ === 1 ? 'meeting-table' : 'plant', anchor);
        break;
      case 'poster':
      case 'logo':
        // Left empty: the demo has no poster or logo images yet.
        break;
    }
  }

  return {
    version: 1,
    id: `booth-${exhibitorId}`,
    exhibitorId,
    templateId: template.id,
    revision: 1,
    fasciaName: { 'zh-CN': shortName.zh, en: shortName.en },
    theme: { primaryColor, accentColor, wallMaterial: random.pick(WALL_MATERIALS) },
    items,
  };
}
