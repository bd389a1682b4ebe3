import Dexie, { type ObservabilitySet } from 'dexie';
import type * as Y from 'yjs';
import { buildStatusSnapshot } from '../../domain/statusSnapshot';
import { db } from '../db';
import { readTeamStatusSources, type StatusSources } from '../statusSources';
import type { TeamConnection } from './connect';
import { publishDeleted, publishSnapshot } from './statusDoc';

/** A hire's status document, in step with the server; null when the server refuses it. */
export type OpenStatusDoc = (hireId: string) => Promise<Y.Doc | null>;

export interface PublishRound {
  /** Every hire of the team, as this device holds them now. */
  sources: ReadonlyMap<string, StatusSources>;
  /** The hires this device has published: one no longer in `sources` was deleted. */
  published: Set<string>;
  open: OpenStatusDoc;
  now: string;
}

/**
 * One round: each hire's document gets the snapshot the status builder makes (so no notes),
 * only where it holds a different one. Resolves to the number of documents written.
 */
export async function publishStatuses({
  sources,
  published,
  open,
  now,
}: PublishRound): Promise<number> {
  let written = 0;
  for (const [hireId, source] of sources) {
    const doc = await open(hireId);
    if (!doc) continue;
    published.add(hireId);
    if (publishSnapshot(doc, buildStatusSnapshot({ ...source, createdAt: now }))) written += 1;
  }
  for (const hireId of [...published]) {
    if (sources.has(hireId)) continue;
    published.delete(hireId);
    const doc = await open(hireId);
    if (doc && publishDeleted(doc, now)) written += 1;
  }
  return written;
}

export interface PublisherOptions {
  teamId: string;
  open: OpenStatusDoc;
  /** The team document's connection: this device publishes only once it has caught up. */
  team: Pick<TeamConnection, 'status' | 'subscribe'>;
  /** Quiet time after a change before a round (a burst of ticks is one round). */
  delayMs?: number;
}

/** The tables a status is built from (readTeamStatusSources). */
const STATUS_TABLES = ['hires', 'items', 'talks', 'teams'];

/** Whether a change to the database may change a status (a part is `idb://db/table/index`). */
function touchesStatus(parts: ObservabilitySet): boolean {
  return Object.keys(parts).some((part) =>
    STATUS_TABLES.some((table) => part.startsWith(`idb://${db.name}/${table}/`)),
  );
}

/**
 * Keeps the team's status documents up to date from Dexie: a round runs `delayMs` after the
 * team's records change, and only while the team's document is in step with the server, so a
 * device that has not caught up does not publish an old status. The records are read in the
 * round, not on every change: with a large team that read is the cost, and a burst of ticks
 * needs it once. Returns a function that stops.
 */
export function startStatusPublisher({
  teamId,
  open,
  team,
  delayMs = 1500,
}: PublisherOptions): () => void {
  const published = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rounds = Promise.resolve();
  let stopped = false;

  function round() {
    if (team.status().state !== 'synced') return;
    rounds = rounds
      .then(async () => {
        if (stopped) return;
        const sources = await readTeamStatusSources(teamId);
        await publishStatuses({ sources, published, open, now: new Date().toISOString() });
      })
      .catch((error: unknown) => console.error(error));
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(round, delayMs);
  }
  const onChange = (parts: ObservabilitySet) => {
    if (touchesStatus(parts)) schedule();
  };

  Dexie.on('storagemutated', onChange);
  const stopWatching = team.subscribe((status) => {
    if (status.state === 'synced') schedule();
  });
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onChange);
    stopWatching();
  };
}
