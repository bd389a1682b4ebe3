import type { LiveLink } from '../../domain/liveLink';
import { parseStatusSnapshot, type StatusSnapshot } from '../../domain/statusSnapshot';

/**
 * The last status the peer's phone received, for reading offline. In localStorage, not
 * IndexedDB: the peer's view must never create the app's database on the phone.
 */
export interface LiveCopy {
  snapshot: StatusSnapshot;
  updatedAt: string;
}

const keyOf = ({ teamId, hireId }: LiveLink) => `liveStatus:${teamId}:${hireId}`;

export function readLiveCopy(link: LiveLink): LiveCopy | null {
  try {
    const saved = JSON.parse(localStorage.getItem(keyOf(link)) ?? 'null') as {
      snapshot?: unknown;
      updatedAt?: unknown;
    } | null;
    const snapshot = parseStatusSnapshot(saved?.snapshot);
    return snapshot && typeof saved?.updatedAt === 'string'
      ? { snapshot, updatedAt: saved.updatedAt }
      : null;
  } catch {
    return null;
  }
}

/** Keeps the copy; a phone without storage (private mode, full) just shows it live. */
export function saveLiveCopy(link: LiveLink, copy: LiveCopy): void {
  try {
    localStorage.setItem(keyOf(link), JSON.stringify(copy));
  } catch {
    // Nothing to do: the status still shows while the page is open.
  }
}

/** A revoked link, or a deleted hire: nothing about the hire stays on the phone. */
export function forgetLiveCopy(link: LiveLink): void {
  try {
    localStorage.removeItem(keyOf(link));
  } catch {
    // No storage: there is no copy either.
  }
}
