import { z } from 'zod';

/**
 * The page's memory of an organizer removing this visitor from a hall. The server's join refusal
 * during the ban carries only a code and English prose, so a reload would otherwise lose the
 * time the removal notice named; this keeps that time for the tab (sessionStorage), by hall.
 * The server still decides: the memory is only read after the server refused the join as kicked.
 */
const STORAGE_KEY = 'open-expo.hall-removal';
const Remembered = z.object({ hallId: z.string(), until: z.number() });

export function rememberRemoval(storage: Pick<Storage, 'setItem'>, hallId: string, until: number): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ hallId, until }));
  } catch {
    // Storage full or blocked: a reload then says "come back later" without the time.
  }
}

/** When the remembered removal from `hallId` ends, if it is still running at `now`. */
export function rememberedRemoval(storage: Pick<Storage, 'getItem'>, hallId: string, now: number): number | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  const parsed = Remembered.safeParse(stored);
  return parsed.success && parsed.data.hallId === hallId && parsed.data.until > now ? parsed.data.until : undefined;
}
