import Dexie, { type EntityTable } from 'dexie';
import type { ChecklistItem, Hire, Setting, Talk, Team, WorksheetAnswer } from '../domain/types';
import type { OutboxEntry, StoredUpdate, SyncedTeam } from './sync/types';
import { moveToStableIds } from './stableIdUpgrade';
import { raiseTalkSequence } from './talkSequence';
import { trackUnsavedWork } from './unsavedWork';

const DB_NAME = 'godt-begyndt';

export class GodtBegyndtDb extends Dexie {
  teams!: EntityTable<Team, 'id'>;
  hires!: EntityTable<Hire, 'id'>;
  items!: EntityTable<ChecklistItem, 'id'>;
  talks!: EntityTable<Talk, 'id'>;
  answers!: EntityTable<WorksheetAnswer, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** Facts about this device's copy (last backup, reminder): not part of a backup. */
  device!: EntityTable<Setting, 'key'>;
  /** Sync with the team's other devices (src/db/sync): empty while no team is shared. */
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncedTeams!: EntityTable<SyncedTeam, 'teamId'>;
  syncUpdates!: EntityTable<StoredUpdate, 'seq'>;

  constructor(name = DB_NAME) {
    super(name);
    // Versions only grow: never edit a published version, add a new one with an upgrade().
    this.version(1).stores({
      teams: 'id, createdAt',
      hires: 'id, teamId, createdAt',
      items: 'id, ownerId',
      talks: 'id, hireId',
      answers: 'id, teamId',
      settings: 'key',
    });
    // Version 2: the device table, talks by date (upcoming talks across hires), and a
    // team's or hire's guide item by template id. New indexes only: no data changes.
    this.version(2).stores({
      talks: 'id, hireId, date',
      items: 'id, ownerId, [ownerId+templateId]',
      device: 'key',
    });
    // Version 3: sync (issue 18): the outbox of committed changes not yet in their team's
    // Y.Doc, the teams this device shares, and each Y.Doc's updates. New tables only.
    this.version(3).stores({
      outbox: '++seq',
      syncedTeams: 'teamId',
      syncUpdates: '++seq, doc',
    });
    // Version 4: stable ids (issue 18): a talk is its hire plus its key, a guide item its owner
    // plus its template id, so two offline devices cannot make the same one twice. No new
    // indexes; the upgrade moves the records to their new keys (stableIdUpgrade.ts).
    this.version(4).stores({}).upgrade(moveToStableIds);
    this.use(trackUnsavedWork);
    this.use(raiseTalkSequence);
  }
}

export const db = new GodtBegyndtDb();
