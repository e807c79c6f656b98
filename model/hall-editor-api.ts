import { z } from 'zod';
import { BoothTemplateSchema } from './booth-template';
import { HallLayoutSchema } from './hall-layout';
import { LIMITS } from './limits';
import { Id, localizedText, PositiveMetres } from './primitives';

const PlanRect = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** One hall template an organizer can start a hall from, with a plan for its thumbnail. */
export const HallTemplateSummary = z.object({
  id: Id,
  name: localizedText(),
  size: z.object({ width: z.number(), depth: z.number(), height: z.number() }),
  slotCount: z.number().int(),
  stageCount: z.number().int(),
  /** Cut-outs and booth footprints as [minX, minZ, maxX, maxZ] in metres, as in `HallSummary.plan`. */
  plan: z.object({ cutouts: z.array(PlanRect), booths: z.array(PlanRect) }),
});
export type HallTemplateSummary = z.infer<typeof HallTemplateSummary>;

/** `GET /api/hall-templates`: the hall templates, and the booth templates slots are built with. */
export const HallTemplateList = z.object({ halls: z.array(HallTemplateSummary), boothTemplates: z.array(BoothTemplateSchema) });
export type HallTemplateList = z.infer<typeof HallTemplateList>;

/**
 * `POST /api/expos/:id/halls`: a new hall from a template, named in both languages. A `size`
 * replaces the template's floor size; everything keeps its coordinates, so the hall may grow
 * freely but shrinks only while its booths, stages and doors still fit.
 */
export const CreateHallRequest = z.object({
  templateId: Id,
  name: localizedText(),
  size: z
    .object({
      width: PositiveMetres.max(LIMITS.hallMaxSize),
      depth: PositiveMetres.max(LIMITS.hallMaxSize),
    })
    .optional(),
});
export type CreateHallRequest = z.infer<typeof CreateHallRequest>;

/** A hall layout with the revision a publish must name (`GET`/`PUT /api/halls/:id/layout`, `POST /api/expos/:id/halls`). */
export const HallLayoutRecord = z.object({ revision: z.number().int(), layout: HallLayoutSchema });
export type HallLayoutRecord = z.infer<typeof HallLayoutRecord>;

/** `PUT /api/halls/:id/layout`: the layout and the revision it was based on. */
export const HallLayoutPublish = z.object({ revision: z.number().int().min(0), layout: HallLayoutSchema });
export type HallLayoutPublish = z.infer<typeof HallLayoutPublish>;
