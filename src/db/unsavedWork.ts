import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { isSchemaUpgrade } from './carriedWrites';

/** The table of facts about this device's copy of the data (never exported or imported). */
const DEVICE_TABLE = 'device';
/** When the first change not yet in a backup file was made (no row: nothing unsaved). */
export const UNSAVED_SINCE_KEY = 'unsavedSince';
/** Tables of this device's bookkeeping, not the user's data: writing them changes no backup. */
const BOOKKEEPING_TABLES = new Set([DEVICE_TABLE, 'outbox', 'syncedTeams', 'syncUpdates']);

/**
 * Records, in the same transaction as the change itself, when the user's data first
 * changed after the last backup. Every read-write transaction on a data table is widened
 * to include the device table, so the mark commits (or rolls back) with the change.
 */
export const trackUnsavedWork: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TrackUnsavedWork',
  create: (down) => {
    const hasDeviceTable = down.schema.tables.some((table) => table.name === DEVICE_TABLE);
    if (!hasDeviceTable) return down;
    const marked = new WeakSet<DBCoreTransaction>();

    async function markUnsaved(trans: DBCoreTransaction) {
      if (marked.has(trans)) return;
      marked.add(trans);
      const device = down.table(DEVICE_TABLE);
      if (await device.get({ trans, key: UNSAVED_SINCE_KEY })) return;
      await device.mutate({
        type: 'put',
        trans,
        values: [{ key: UNSAVED_SINCE_KEY, value: new Date().toISOString() }],
      });
    }

    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && !stores.includes(DEVICE_TABLE)
            ? [...stores, DEVICE_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (BOOKKEEPING_TABLES.has(name)) return table;
        return {
          ...table,
          mutate: async (req) => {
            const result = await table.mutate(req);
            // A schema upgrade carries the data over: a backup file still restores it.
            if (!isSchemaUpgrade(req.trans)) await markUnsaved(req.trans);
            return result;
          },
        };
      },
    };
  },
};
