// Types only: db.ts imports them, and a type import leaves no code in the first screen's chunk.

/** The tables whose records travel in a team's document. */
export type SyncedTable = 'teams' | 'hires' | 'items' | 'talks' | 'answers';

/** A record as stored: the fields of a Team, Hire, ChecklistItem, Talk or WorksheetAnswer. */
export type SyncedRecord = Record<string, unknown> & { id: string };

/**
 * One committed change that may not be in its team's Y.Doc yet, written in the same
 * transaction as the change itself.
 */
export type OutboxEntry = {
  /** Commit order (auto-increment): replayed in this order, so the later change wins. */
  seq?: number;
  teamId: string;
  table: SyncedTable;
  key: string;
} & (
  | {
      op: 'put';
      /** The record as committed. */
      record: SyncedRecord;
      /** The fields this change set or removed; 'all' when the record was created. */
      changed: string[] | 'all';
    }
  | { op: 'delete' }
);

/** A team this device keeps in step with its other devices. */
export interface SyncedTeam {
  teamId: string;
  since: string;
}

/** One Y update of a document, as stored on this device (merged now and then). */
export interface StoredUpdate {
  seq?: number;
  /** The document's name, e.g. `team:<teamId>`. */
  doc: string;
  update: Uint8Array;
}
