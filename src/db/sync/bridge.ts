import Dexie from 'dexie';
import * as Y from 'yjs';
import type { GodtBegyndtDb } from '../db';
import { nowStamp } from '../ids';
import { readTeamRecords } from '../teamRecords';
import { rememberDeviceSyncs } from './deviceFlag';
import { markFromElsewhere } from '../carriedWrites';
import { holdsPrivateNotes } from '../syncLink';
import { OUTBOX_MIDDLEWARE, outboxMiddleware } from './outboxMiddleware';
import {
  changedFields,
  privateDocument,
  privateFieldsOf,
  recordKey,
  SYNCED_TABLES,
  teamDocument,
} from './schema';
import {
  applyEntries,
  movePrivateFields,
  noteChange,
  observeRecords,
  readRecord,
  type RecordChange,
  type RecordChanges,
} from './teamDoc';
import type { OutboxEntry, StoredUpdate, SyncedRecord, SyncedTable } from './types';

/** The origin of this device's own changes in a Y.Doc (the outbox's replays). */
export const LOCAL_ORIGIN = Symbol('this device');
/** Any other origin (the server's provider, a test's wire) is another device's change. */
const isOwn = (origin: unknown) => origin === LOCAL_ORIGIN;

/** A document's stored updates are merged into one when there are more than this. */
const MERGE_AFTER = 100;

export interface SyncBridge {
  /** The team's Y.Doc, read from this device's copy on first use. */
  doc(teamId: string): Promise<Y.Doc>;
  /** The team's private document (`private:<teamId>`); null on a device that holds none (staff). */
  privateDoc(teamId: string): Promise<Y.Doc | null>;
  /** Starts sharing a team this device holds: all its records go into its document. */
  shareTeam(teamId: string): Promise<void>;
  /** Starts keeping a team in step that another device shares: it arrives through its document. */
  joinTeam(teamId: string): Promise<void>;
  /** Replays the outbox now; resolves once it and every change from elsewhere are stored. */
  flush(): Promise<void>;
  /** Resolves once no work is waiting (replays of the outbox, changes from elsewhere). */
  idle(): Promise<void>;
  /** Stops observing the documents and recording changes. */
  stop(): Promise<void>;
}

export interface BridgeOptions {
  /** A replay or a remote change could not be stored (it is retried with the next one). */
  onError?: (error: unknown) => void;
}

interface TeamState {
  doc: Y.Doc;
  /** Only on a device that holds the team's private notes (holdsPrivateNotes). */
  privateDoc: Y.Doc | null;
  /** Records other devices changed that are not in Dexie yet. */
  changes: RecordChanges;
  stop: () => void;
}

/**
 * Dexie builds its middleware stack when the database opens, so a middleware added to an open
 * database takes effect only once it reopens. At start-up the bridge starts before the
 * database opens (startSyncIfShared); when a screen shares a team, the database is open and is
 * reopened here, which the screens' live queries survive.
 */
async function reopenWith(db: GodtBegyndtDb, change: () => void): Promise<void> {
  const wasOpen = db.isOpen();
  if (wasOpen) db.close({ disableAutoOpen: false });
  change();
  if (wasOpen) await db.open();
}

/**
 * Keeps Dexie and one Y.Doc per shared team in step. A committed change reaches the outbox in
 * its own transaction (outboxMiddleware); after the commit it is replayed into its team's
 * document in one Y transaction with LOCAL_ORIGIN, the document's update is stored, and the
 * entry deleted, all in one Dexie transaction. A change of another origin is written to
 * Dexie in one transaction that the outbox leaves out, so it is not echoed back.
 */
export async function startBridge(
  db: GodtBegyndtDb,
  { onError = (error) => console.error(error) }: BridgeOptions = {},
): Promise<SyncBridge> {
  const teams = new Map<string, Promise<TeamState>>();
  /** Y updates made in memory and not yet stored; stored by the next transaction. */
  let unstored: StoredUpdate[] = [];
  let queue = Promise.resolve();
  const queued = new Set<() => Promise<void>>();

  /** Runs jobs one at a time; a job already waiting to run is not queued twice. */
  function schedule(job: () => Promise<void>): void {
    if (queued.has(job)) return;
    queued.add(job);
    queue = queue
      .then(() => {
        queued.delete(job);
        return Dexie.ignoreTransaction(job);
      })
      .catch(onError);
  }

  async function idle(): Promise<void> {
    let current;
    do {
      current = queue;
      await current;
    } while (current !== queue);
  }

  /** Stores the updates not yet stored, inside the caller's transaction; returns them. */
  async function storeUpdates(): Promise<StoredUpdate[]> {
    const batch = unstored;
    if (batch.length > 0) await db.syncUpdates.bulkAdd(batch);
    return batch;
  }

  function forgetStored(batch: readonly StoredUpdate[]): void {
    unstored = unstored.filter((update) => !batch.includes(update));
  }

  async function loadDoc(name: string, changes: RecordChanges) {
    const doc = new Y.Doc();
    const stored = await db.syncUpdates.where('doc').equals(name).toArray();
    if (stored.length > 0) {
      // Read back before anything observes the document: it is what Dexie holds already.
      const merged = Y.mergeUpdates(stored.map((row) => row.update));
      Y.applyUpdate(doc, merged);
      if (stored.length > MERGE_AFTER) {
        await db.transaction('rw', db.syncUpdates, async () => {
          await db.syncUpdates.bulkDelete(stored.flatMap((row) => row.seq ?? []));
          await db.syncUpdates.add({ doc: name, update: merged });
        });
      }
    }
    const stopObserving = observeRecords(doc, isOwn, changes);
    // The job runs later, once the observers have noted what changed.
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      unstored.push({ doc: name, update });
      if (!isOwn(origin)) schedule(applyRemote);
    });
    return {
      doc,
      stop: () => {
        stopObserving();
        doc.destroy();
      },
    };
  }

  async function loadTeam(teamId: string): Promise<TeamState> {
    const changes: RecordChanges = new Map();
    const shared = await loadDoc(teamDocument(teamId), changes);
    const own = (await holdsPrivateNotes(db, teamId))
      ? await loadDoc(privateDocument(teamId), changes)
      : null;
    const state = { doc: shared.doc, privateDoc: own?.doc ?? null, changes };
    moveIntoPrivate(state);
    return {
      ...state,
      stop: () => {
        shared.stop();
        own?.stop();
      },
    };
  }

  function team(teamId: string): Promise<TeamState> {
    let state = teams.get(teamId);
    if (!state) teams.set(teamId, (state = loadTeam(teamId)));
    return state;
  }

  /** Outbox -> documents. Replaying entries again writes nothing (applyEntries). */
  async function replay(): Promise<void> {
    const waiting = await db.outbox.toArray();
    const states = new Map(
      await Promise.all(
        [...new Set(waiting.map((entry) => entry.teamId))].map(
          async (teamId) => [teamId, await team(teamId)] as const,
        ),
      ),
    );
    const stored = await db.transaction('rw', db.outbox, db.syncUpdates, async () => {
      const entries = await db.outbox.toArray();
      // Entries of a team whose document was not loaded above wait for the next replay.
      const ready = entries.filter((entry) => states.has(entry.teamId));
      for (const [teamId, state] of states) {
        const list = ready.filter((entry) => entry.teamId === teamId);
        if (list.length > 0) {
          transactOwn(state, () => applyEntries(state.doc, state.privateDoc, list));
        }
      }
      const batch = await storeUpdates();
      await db.outbox.bulkDelete(ready.flatMap((entry) => entry.seq ?? []));
      return batch;
    });
    forgetStored(stored);
  }

  /**
   * Documents -> Dexie: the records other devices changed, in one transaction. A field this
   * device changed meanwhile (still in the outbox) keeps its value: its replay comes after the
   * remote change and wins in the document too. A deletion, from either side, wins over edits.
   */
  async function applyRemote(): Promise<void> {
    const states = await Promise.all(teams.values());
    const taken = states.map((state) => {
      const changes = new Map(state.changes);
      state.changes.clear();
      return { state, changes };
    });
    try {
      const stored = await db.transaction(
        'rw',
        [...SYNCED_TABLES.map((name) => db.table(name)), db.outbox, db.syncUpdates],
        async (tx) => {
          markFromElsewhere(tx.idbtrans);
          const ownChanges = unreplayed(await db.outbox.toArray());
          for (const { state, changes } of taken) {
            // A device of an earlier version may still write private fields into `team:`.
            moveIntoPrivate(state, changes);
            const byTable = new Map<SyncedTable, (RecordChange & { keep: Set<string> })[]>();
            for (const [key, change] of changes) {
              const own = ownChanges.get(key);
              if (own === 'all') continue; // The whole record is this device's.
              let list = byTable.get(change.table);
              if (!list) byTable.set(change.table, (list = []));
              list.push({ ...change, keep: own ?? new Set() });
            }
            for (const [table, list] of byTable) await writeRecords(state, table, list);
          }
          return storeUpdates();
        },
      );
      forgetStored(stored);
    } catch (error) {
      for (const { state, changes } of taken) {
        for (const change of changes.values()) {
          noteChange(state.changes, change.table, change.id, change.fields);
        }
      }
      throw error;
    }
  }

  /**
   * Writes the documents' version of the changed records into their table (inside
   * applyRemote), read and written in bulk: a joining device writes thousands at once.
   */
  async function writeRecords(
    { doc, privateDoc }: Omit<TeamState, 'stop'>,
    table: SyncedTable,
    changes: readonly (RecordChange & { keep: ReadonlySet<string> })[],
  ): Promise<void> {
    const dexieTable = db.table<SyncedRecord, string>(table);
    const stored = await dexieTable.bulkGet(changes.map(({ id }) => id));
    const deleted: string[] = [];
    const written: SyncedRecord[] = [];
    changes.forEach(({ id, fields, keep }, index) => {
      const record = readRecord(doc, privateDoc, table, id);
      if (!record) deleted.push(id);
      else {
        const next = mergedRecord(record, stored[index], {
          table,
          fields,
          keep,
          dropPrivate: privateDoc === null,
        });
        if (next) written.push(next);
      }
    });
    if (deleted.length > 0) await dexieTable.bulkDelete(deleted);
    if (written.length > 0) await dexieTable.bulkPut(written);
  }

  const middleware = outboxMiddleware(() => schedule(replay));
  await reopenWith(db, () => db.use(middleware));
  const synced = await db.syncedTeams.toArray();
  await Promise.all(synced.map(({ teamId }) => team(teamId)));
  schedule(replay);

  async function addTeam(teamId: string, records: () => Promise<OutboxEntry[]>): Promise<void> {
    await db.transaction(
      'rw',
      [db.syncedTeams, db.outbox, ...SYNCED_TABLES.map((name) => db.table(name))],
      async () => {
        if (await db.syncedTeams.get(teamId)) return;
        await db.syncedTeams.add({ teamId, since: nowStamp() });
        await db.outbox.bulkAdd(await records());
      },
    );
    rememberDeviceSyncs(true);
    await team(teamId);
    schedule(replay);
  }

  return {
    doc: async (teamId) => (await team(teamId)).doc,
    privateDoc: async (teamId) => (await team(teamId)).privateDoc,
    shareTeam: (teamId) =>
      addTeam(teamId, async () => {
        const records = await readTeamRecords(db, teamId);
        return SYNCED_TABLES.flatMap((table) =>
          (records[table] as unknown as SyncedRecord[]).map((record): OutboxEntry => ({
            teamId,
            table,
            key: record.id,
            op: 'put',
            record,
            changed: 'all',
          })),
        );
      }),
    joinTeam: (teamId) => addTeam(teamId, async () => []),
    flush: () => {
      schedule(replay);
      return idle();
    },
    idle,
    stop: async () => {
      await idle();
      for (const state of await Promise.all(teams.values())) state.stop();
      teams.clear();
      await reopenWith(db, () => db.unuse({ stack: 'dbcore', name: OUTBOX_MIDDLEWARE }));
    },
  };
}

/** Runs `change` as this device's own, in one transaction of each of the team's documents. */
function transactOwn({ doc, privateDoc }: Omit<TeamState, 'stop'>, change: () => void): void {
  doc.transact(() => {
    if (privateDoc) privateDoc.transact(change, LOCAL_ORIGIN);
    else change();
  }, LOCAL_ORIGIN);
}

/**
 * On a device that holds the private document: private fields found in `team:` move there
 * (in every record, or in `only` those just changed).
 */
function moveIntoPrivate(state: Omit<TeamState, 'stop'>, only?: RecordChanges): void {
  const { doc, privateDoc } = state;
  if (privateDoc) transactOwn(state, () => movePrivateFields(doc, privateDoc, only));
}

/**
 * A stored record updated with the document's version of the changed `fields` (all of them
 * for 'all' or a record new here), except those this device changed meanwhile (`keep`). Null
 * when nothing would change.
 */
function mergedRecord(
  record: SyncedRecord,
  stored: SyncedRecord | undefined,
  {
    table,
    fields,
    keep,
    dropPrivate,
  }: {
    table: SyncedTable;
    fields: ReadonlySet<string> | 'all';
    keep: ReadonlySet<string>;
    dropPrivate: boolean;
  },
): SyncedRecord | null {
  const names =
    fields === 'all' || !stored
      ? new Set([...Object.keys(record), ...Object.keys(stored ?? {})])
      : new Set(fields);
  // A staff device keeps no private field it held from before (readRecord leaves them out).
  if (dropPrivate) privateFieldsOf(table, record).forEach((name) => names.add(name));
  const next: Record<string, unknown> = { ...stored };
  for (const name of names) if (!keep.has(name)) next[name] = record[name];
  // A field the document no longer holds leaves the record.
  const written = Object.fromEntries(
    Object.entries(next).filter(([, value]) => value !== undefined),
  ) as SyncedRecord;
  return !stored || changedFields(stored, written).length > 0 ? written : null;
}

/**
 * This device's changes still in the outbox, by record: 'all' for a deletion or a record it
 * made (the whole record is this device's), else the fields it changed.
 */
function unreplayed(entries: readonly OutboxEntry[]): Map<string, Set<string> | 'all'> {
  const own = new Map<string, Set<string> | 'all'>();
  for (const entry of entries) {
    const key = recordKey(entry.table, entry.key);
    const known = own.get(key);
    if (known === 'all') continue;
    if (entry.op === 'delete' || entry.changed === 'all') own.set(key, 'all');
    else own.set(key, new Set([...(known ?? []), ...entry.changed]));
  }
  return own;
}
