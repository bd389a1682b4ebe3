import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../src/domain/backupSchema';
import { hireRecord } from './records';

/** A small valid backup: one team with one hire, their items, talks, an answer, a setting. */
export function sampleBackup(): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2027-03-15T09:30:00.000Z',
    scope: 'all',
    data: {
      teams: [
        {
          id: 'team-1',
          name: 'Bostøtten Nord',
          createdAt: '2027-01-10T08:00:00.000Z',
          archivedAt: null,
        },
      ],
      hires: [hireRecord()],
      items: [
        {
          id: 'item-1',
          ownerId: 'team-1',
          kind: 'team',
          templateId: 'team-day',
          title: '',
          done: true,
          doneAt: '2027-02-02T12:00:00.000Z',
          note: 'Holdt på temadagen',
          hidden: false,
          order: 0,
        },
        {
          id: 'item-2',
          ownerId: 'hire-1',
          kind: 'onboarding',
          templateId: null,
          title: 'Nøgle til kontoret',
          done: false,
          doneAt: null,
          note: '',
          hidden: false,
          order: 4,
        },
      ],
      talks: [
        {
          id: 'talk-1',
          hireId: 'hire-1',
          key: 'after-14-days',
          computedDate: '2027-03-29',
          date: '2027-03-30',
          movedByHand: true,
          time: '10:00',
          status: 'planned',
          notes: 'Privat note',
        },
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
