import Dexie from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { isFromElsewhere, isSchemaUpgrade } from '../carriedWrites';
import { teamOfRecord } from '../teamRecords';
import { changedFields, isSyncedTable } from './schema';
import type { OutboxEntry, SyncedRecord, SyncedTable } from './types';

export const OUTBOX_MIDDLEWARE = 'SyncOutbox';
const OUTBOX = 'outbox';
const SYNCED_TEAMS = 'syncedTeams';
/** Items and talks find their team through their hire. */
const HIRES = 'hires';

/** What one transaction has already looked up (which teams are shared, a hire's team). */
interface Lookups {
  shared: Map<string, Promise<boolean>>;
  hireTeam: Map<string, Promise<string | undefined>>;
}

/**
 * Records every change to a shared team's records in the outbox, in the same transaction as
 * the change: a read-write transaction on a synced table is widened to the outbox (and to
 * what finding a record's team needs), so the entry commits or rolls back with the change.
 * Records of teams that are not shared are not recorded. `onRecorded` runs once such a
 * transaction has committed.
 */
export function outboxMiddleware(onRecorded: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: OUTBOX_MIDDLEWARE,
    // Below Dexie's own middlewares (hooks: -1, live queries and cache: 0), which read the
    // transaction from Dexie's zone: the zone does not survive this code's native awaits.
    // Live queries still see the changes themselves; the outbox is not meant to be watched.
    level: -2,
    create: (down) => {
      if (!down.schema.tables.some((table) => table.name === OUTBOX)) return down;
      const lookups = new WeakMap<DBCoreTransaction, Lookups>();
      const watched = new WeakSet<DBCoreTransaction>();

      function lookupsOf(trans: DBCoreTransaction): Lookups {
        let found = lookups.get(trans);
        if (!found) lookups.set(trans, (found = { shared: new Map(), hireTeam: new Map() }));
        return found;
      }

      function cached<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>) {
        let value = map.get(key);
        if (!value) map.set(key, (value = read()));
        return value;
      }

      function isShared(trans: DBCoreTransaction, teamId: string): Promise<boolean> {
        return cached(lookupsOf(trans).shared, teamId, async () =>
          Boolean(await down.table(SYNCED_TEAMS).get({ trans, key: teamId })),
        );
      }

      function teamOfHire(trans: DBCoreTransaction, hireId: string) {
        return cached(lookupsOf(trans).hireTeam, hireId, async () => {
          const hire = (await down.table(HIRES).get({ trans, key: hireId })) as
            { teamId: string } | undefined;
          return hire?.teamId;
        });
      }

      async function sharedTeamOf(
        trans: DBCoreTransaction,
        table: SyncedTable,
        record: SyncedRecord,
      ): Promise<string | undefined> {
        const teamId = await teamOfRecord(table, record, (hireId) => teamOfHire(trans, hireId));
        return teamId !== undefined && (await isShared(trans, teamId)) ? teamId : undefined;
      }

      /** The records a put or delete will overwrite or remove, by key. */
      async function recordsBefore(table: DBCoreTable, req: DBCoreMutateRequest) {
        const { trans } = req;
        if (req.type === 'add') return new Map<unknown, SyncedRecord>();
        if (req.type === 'deleteRange') {
          const { result } = await table.query({
            trans,
            values: true,
            query: { index: table.schema.primaryKey, range: req.range },
          });
          return new Map((result as SyncedRecord[]).map((record) => [record.id, record]));
        }
        const keys =
          req.type === 'delete'
            ? req.keys
            : (req.keys ?? req.values.map((value) => (value as SyncedRecord).id));
        const found = (await table.getMany({ trans, keys })) as (SyncedRecord | undefined)[];
        return new Map(keys.map((key, index) => [key, found[index]]));
      }

      async function entriesOf(
        tableName: SyncedTable,
        req: DBCoreMutateRequest,
        response: DBCoreMutateResponse,
        before: Map<unknown, SyncedRecord | undefined>,
      ): Promise<OutboxEntry[]> {
        const entries: OutboxEntry[] = [];
        if (req.type === 'delete' || req.type === 'deleteRange') {
          for (const record of before.values()) {
            if (!record) continue;
            const teamId = await sharedTeamOf(req.trans, tableName, record);
            if (teamId) entries.push({ teamId, table: tableName, key: record.id, op: 'delete' });
          }
          return entries;
        }
        for (const [index, value] of req.values.entries()) {
          if (response.failures[index]) continue;
          const record = value as SyncedRecord;
          const stored = before.get(record.id);
          const changed = stored ? changedFields(stored, record) : 'all';
          if (changed.length === 0) continue;
          const teamId = await sharedTeamOf(req.trans, tableName, record);
          if (teamId) {
            entries.push({ teamId, table: tableName, key: record.id, op: 'put', record, changed });
          }
        }
        return entries;
      }

      async function record(name: SyncedTable, table: DBCoreTable, req: DBCoreMutateRequest) {
        const before = await recordsBefore(table, req);
        const response = await table.mutate(req);
        const entries = await entriesOf(name, req, response, before);
        if (entries.length > 0) {
          await down.table(OUTBOX).mutate({ type: 'add', trans: req.trans, values: entries });
          afterCommit(req.trans);
        }
        return response;
      }

      function afterCommit(trans: DBCoreTransaction) {
        if (watched.has(trans)) return;
        watched.add(trans);
        (trans as unknown as IDBTransaction).addEventListener('complete', () => onRecorded());
      }

      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            mode === 'readwrite' && stores.some(isSyncedTable)
              ? [...new Set([...stores, OUTBOX, SYNCED_TEAMS, HIRES])]
              : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          return {
            ...table,
            mutate: (req) => {
              // What came from a team's document would echo; an upgrade records its own moves.
              if (isFromElsewhere(req.trans) || isSchemaUpgrade(req.trans)) {
                return table.mutate(req);
              }
              // A Dexie promise: the middlewares above await it, and only a Dexie promise
              // brings back Dexie's zone (their transaction) after their await.
              return Dexie.Promise.resolve(record(name, table, req));
            },
          };
        },
      };
    },
  };
}
