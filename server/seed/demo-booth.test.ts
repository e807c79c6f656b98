import { describe, expect, it } from 'vitest';
import { boothTemplates, getBoothTemplate } from '../../hall-templates';
import { designPlacementProblems } from '../../model';
import { COUNTRY_WEIGHTS } from './company-names';
import { makeDemoBoothDesign } from './demo-booth';
import { makeDemoExhibitor } from './demo-catalogue';
import { buildDemoExpo, DEMO_EXPO_ID } from './demo-expo';
import { INDUSTRIES } from './industries';
import { SeededRandom } from './prng';

/** Placement problems of a design as plain text, so a failure names the item, the rule and the other item. */
const problemsOf = (design: Parameters<typeof designPlacementProblems>[0]) => {
  const template = getBoothTemplate(design.templateId);
  expect(template, `template ${design.templateId}`).toBeDefined();
  return [...designPlacementProblems(design, template!)].map(([id, p]) => `${design.id} ${id}: ${JSON.stringify(p)}`);
};

describe('demo booth designs keep the booth editor\'s placement rule', () => {
  it('every seeded booth: inside its footprint, out of walls, no item inside another', () => {
    for (const seed of [undefined, 7]) {
      const fair = buildDemoExpo(seed);
      expect(fair.boothDesigns.length).toBeGreaterThan(0);
      expect(fair.boothDesigns.flatMap((b) => problemsOf(b.design))).toEqual([]);
    }
  });

  it('a demo booth on every booth template (raw space included), every stand filled, is valid', () => {
    const random = new SeededRandom(11);
    for (const template of boothTemplates) {
      const made = makeDemoExhibitor(random, { id: 'ex-t', expoId: DEMO_EXPO_ID, industry: INDUSTRIES[0]!, country: COUNTRY_WEIGHTS[0]![0], template, takenNames: new Set() });
      const design = makeDemoBoothDesign(random, { exhibitorId: 'ex-t', template, shortName: made.company.shortName, products: made.products });
      // Filled as the seed fills it: a stand on every stand anchor, floor spots taken.
      expect(design.items.filter((i) => i.kind === 'product-stand')).toHaveLength(template.anchors.filter((a) => a.kind === 'stand').length);
      expect(problemsOf({ ...design, id: `booth-on-${template.id}` })).toEqual([]);
    }
  });
});
