import type * as Y from 'yjs';
import type { StatusSnapshot } from '../../domain/statusSnapshot';
import { sameValue } from './schema';

/*
 * The content of a `status:<teamId>:<hireId>` document: one Y.Map `status` with `snapshot`
 * (the status snapshot, replaced whole), `updatedAt` (ISO time) and, for a deleted hire,
 * `deleted: true` instead of a snapshot.
 */

const STATUS = 'status';

export type PublishedStatus =
  | { state: 'published'; snapshot: unknown; updatedAt: string }
  | { state: 'deleted' }
  | { state: 'empty' };

export function readPublishedStatus(doc: Y.Doc): PublishedStatus {
  const status = doc.getMap(STATUS);
  if (status.get('deleted') === true) return { state: 'deleted' };
  const snapshot = status.get('snapshot');
  const updatedAt = status.get('updatedAt');
  if (snapshot === undefined || typeof updatedAt !== 'string') return { state: 'empty' };
  return { state: 'published', snapshot, updatedAt };
}

/** A snapshot without the time it was built: two builds of unchanged data compare equal. */
function content(snapshot: unknown): unknown {
  if (typeof snapshot !== 'object' || snapshot === null) return snapshot;
  return { ...snapshot, createdAt: null };
}

/** Whether the document holds this snapshot already (whenever it was built). */
export function holdsSnapshot(doc: Y.Doc, snapshot: StatusSnapshot): boolean {
  const held = readPublishedStatus(doc);
  return held.state === 'published' && sameValue(content(held.snapshot), content(snapshot));
}

/** Writes the snapshot, unless the document holds it already; says whether it wrote. */
export function publishSnapshot(doc: Y.Doc, snapshot: StatusSnapshot): boolean {
  if (holdsSnapshot(doc, snapshot)) return false;
  const status = doc.getMap(STATUS);
  doc.transact(() => {
    status.delete('deleted');
    status.set('snapshot', snapshot);
    status.set('updatedAt', snapshot.createdAt);
  });
  return true;
}

/** Marks the hire deleted, and takes their snapshot out of the document. */
export function publishDeleted(doc: Y.Doc, at: string): boolean {
  if (readPublishedStatus(doc).state === 'deleted') return false;
  const status = doc.getMap(STATUS);
  doc.transact(() => {
    status.delete('snapshot');
    status.set('deleted', true);
    status.set('updatedAt', at);
  });
  return true;
}
