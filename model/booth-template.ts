import { z } from 'zod';
import { defineDocument } from './document';
import { LIMITS } from './limits';
import { Id, localizedText, Metres, PositiveMetres, YawDegrees } from './primitives';

export const BoothTemplateKind = z.enum(['inline', 'corner', 'peninsula', 'island', 'raw']);

/** A box in the booth's own frame: origin at the footprint centre on the floor, open front toward -z. */
const LocalBox = z.object({
  x: Metres,
  y: Metres.min(0),
  z: Metres,
  width: PositiveMetres,
  height: PositiveMetres,
  depth: PositiveMetres,
});

export const FixtureKind = z.enum(['wall', 'fascia', 'counter', 'shelf', 'screen', 'header', 'platform']);
export const Fixture = LocalBox.extend({ kind: FixtureKind });
export type Fixture = z.infer<typeof Fixture>;

export const AnchorKind = z.enum(['stand', 'screen', 'poster', 'counter', 'floor', 'logo']);
/** A named point where the editor snaps items (a product stand, a screen on the back wall…). */
export const Anchor = z.object({ id: Id, kind: AnchorKind, x: Metres, y: Metres.min(0), z: Metres, yaw: YawDegrees });
export type Anchor = z.infer<typeof Anchor>;

export const BoothTemplateSchema = z
  .object({
    version: z.literal(1),
    id: Id,
    name: localizedText(),
    kind: BoothTemplateKind,
    footprint: z.object({ width: PositiveMetres.max(60), depth: PositiveMetres.max(60) }),
    /** Walls, fascia board, counters… The fascia is where the exhibitor's name is shown. */
    fixtures: z.array(Fixture).max(64),
    anchors: z.array(Anchor).max(64),
  })
  .superRefine((t, ctx) => {
    const halfW = t.footprint.width / 2 + LIMITS.epsilon;
    const halfD = t.footprint.depth / 2 + LIMITS.epsilon;
    t.fixtures.forEach((f, i) => {
      if (Math.abs(f.x) + f.width / 2 > halfW || Math.abs(f.z) + f.depth / 2 > halfD) {
        ctx.addIssue({ code: 'custom', path: ['fixtures', i], message: `${f.kind} sticks out of the ${t.footprint.width}×${t.footprint.depth} m footprint` });
      }
    });
    const ids = new Set<string>();
    t.anchors.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['anchors', i, 'id'], message: `duplicate anchor id "${a.id}"` });
      ids.add(a.id);
      if (Math.abs(a.x) > halfW || Math.abs(a.z) > halfD) {
        ctx.addIssue({ code: 'custom', path: ['anchors', i], message: 'anchor lies outside the footprint' });
      }
    });
    if (t.kind !== 'raw' && !t.fixtures.some((f) => f.kind === 'fascia')) {
      ctx.addIssue({ code: 'custom', path: ['fixtures'], message: `${t.kind === 'inline' || t.kind === 'island' ? 'an' : 'a'} ${t.kind} booth needs a fascia to show the exhibitor's name` });
    }
  });

export type BoothTemplate = z.infer<typeof BoothTemplateSchema>;
export const BoothTemplateDocument = defineDocument({ name: 'BoothTemplate', version: 1, schema: BoothTemplateSchema });
