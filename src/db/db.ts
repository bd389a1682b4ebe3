import Dexie, { type EntityTable } from 'dexie';
import type { ChecklistItem, Hire, Setting, Talk, Team, WorksheetAnswer } from '../domain/types';

export const DB_NAME = 'godt-begyndt';

export class GodtBegyndtDb extends Dexie {
  teams!: EntityTable<Team, 'id'>;
  hires!: EntityTable<Hire, 'id'>;
  items!: EntityTable<ChecklistItem, 'id'>;
  talks!: EntityTable<Talk, 'id'>;
  answers!: EntityTable<WorksheetAnswer, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

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
  }
}

export const db = new GodtBegyndtDb();
