import type { Exhibitor } from '../../model';
import { ApiError } from './api-error';
import type { SignedInUser } from './authenticate';

/** Organizers act only for their own expo. */
export function assertOrganizerOf(user: SignedInUser | undefined, expoId: string): asserts user is SignedInUser {
  if (!user) throw new ApiError(401, 'unauthorized', 'sign in first');
  if (user.role !== 'organizer' || user.expoId !== expoId) throw new ApiError(403, 'forbidden', 'only the organizers of this expo may do this');
}

/** True for the exhibitor's own staff and for the organizers of its expo. */
export function mayManageExhibitor(user: SignedInUser | undefined, exhibitor: Pick<Exhibitor, 'id' | 'expoId'>): boolean {
  if (!user) return false;
  if (user.role === 'organizer') return user.expoId === exhibitor.expoId;
  return user.role === 'exhibitor' && user.exhibitorId === exhibitor.id;
}

/** 401 when signed out, 403 when signed in as someone who may not touch this exhibitor's data. */
export function assertMayManageExhibitor(user: SignedInUser | undefined, exhibitor: Pick<Exhibitor, 'id' | 'expoId'>): asserts user is SignedInUser {
  if (!user) throw new ApiError(401, 'unauthorized', 'sign in first');
  if (!mayManageExhibitor(user, exhibitor)) throw new ApiError(403, 'forbidden', "this is another exhibitor's data");
}

/**
 * Reading something an exhibitor owns: anyone when it is public; otherwise (a draft, a pending
 * exhibitor's booth) strangers learn nothing (404) and a signed-in outsider is told it is not
 * theirs (403).
 */
export function assertMaySee(user: SignedInUser | undefined, owner: Pick<Exhibitor, 'id' | 'expoId'>, isPublic: boolean, notFound: () => Error): void {
  if (isPublic) return;
  if (!user) throw notFound();
  assertMayManageExhibitor(user, owner);
}
