import type { ExpoSummary } from '../model';
import { api } from './api-client';

/**
 * The fair a sign-up is for: `?expo=<id>` when the link names one, otherwise the first fair the
 * server lists. Undefined when there is none.
 */
export async function currentExpo(search: string = location.search): Promise<ExpoSummary | undefined> {
  const wanted = new URLSearchParams(search).get('expo');
  const { items } = await api.expos();
  if (wanted) return items.find((expo) => expo.id === wanted) ?? (await expoById(wanted));
  return items[0];
}

/** A fair the list leaves out (one that has not opened yet) can still be named by its id. */
async function expoById(id: string): Promise<ExpoSummary | undefined> {
  try {
    const { hallIds: _halls, settings: _settings, ...summary } = await api.expo(id);
    return summary;
  } catch {
    return undefined;
  }
}
