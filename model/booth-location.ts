import { z } from 'zod';
import { Id } from './primitives';

/**
 * `GET /api/exhibitors/:id/booth`: where an exhibitor's booth stands — the hall, the slot assigned
 * to the exhibitor there, and the design shown on it with its published revision. The booth
 * editor asks this instead of reading every hall.
 */
export const ExhibitorBoothLocation = z.object({
  hallId: Id,
  slotId: Id,
  boothId: Id,
  revision: z.number().int().min(0),
});
export type ExhibitorBoothLocation = z.infer<typeof ExhibitorBoothLocation>;
