import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../src/domain/backupSchema';
import { hireRecord, itemRecord, talkRecord, teamRecord } from './records';

/** A small valid backup: one team with one hire, their items, talks, an answer, a setting. */
export function sampleBackup(): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2027-03-15T09:30:00.000Z',
    scope: 'all',
    data: {
      teams: [teamRecord({ name: 'Bostøtten Nord', createdAt: '2027-01-10T08:00:00.000Z' })],
      hires: [hireRecord()],
      items: [
        itemRecord({
          id: 'item-1',
          ownerId: 'team-1',
          kind: 'team',
          templateId: 'team-day',
          done: true,
          doneAt: '2027-02-02T12:00:00.000Z',
          note: 'Holdt på temadagen',
        }),
        itemRecord({ id: 'item-2', title: 'Nøgle til kontoret', order: 4 }),
      ],
      talks: [
        talkRecord({
          id: 'talk-1',
          key: 'after-14-days',
          computedDate: '2027-03-29',
          date: '2027-03-30',
          movedByHand: true,
          time: '10:00',
          notes: 'Privat note',
        }),
      ],
      answers: [
        {
          id: 'answer-1',
          teamId: 'team-1',
          questionId: 'why-peer',
          text: 'Fordi erfaring er viden.',
          updatedAt: '2027-02-03T09:00:00.000Z',
        },
      ],
      settings: [{ key: 'customaryDaysOff', value: false }],
    },
  };
}

/** The sample as file text, after `change` has been applied to a copy of it. */
export function sampleText(
  change: (file: Record<string, unknown> & BackupFile) => void = () => {},
) {
  const file = structuredClone(sampleBackup()) as Record<string, unknown> & BackupFile;
  change(file);
  return JSON.stringify(file);
}
