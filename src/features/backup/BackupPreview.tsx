import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../domain/backupSchema';
import { useDateFormat } from '../../lib/dateFormat';

/** What a checked backup file holds: when it was made, its teams and their hires. */
export function BackupPreview({ backup }: { backup: BackupFile }) {
  const { t } = useTranslation('backup');
  const { formatDate, formatInstant } = useDateFormat();
  const { data } = backup;
  return (
    <div className="backup-preview">
      <h3>{t('restore.previewHeading')}</h3>
      <p>
        {t('restore.exportedAt', { when: formatInstant(backup.exportedAt) })}{' '}
        {t(backup.scope === 'all' ? 'restore.scopeAll' : 'restore.scopeTeam')}
      </p>
      <p>
        {[
          t('restore.teams', { count: data.teams.length }),
          t('restore.hires', { count: data.hires.length }),
          t('restore.items', { count: data.items.length }),
          t('restore.talks', { count: data.talks.length }),
        ].join(' · ')}
      </p>
      <ul className="backup-preview-teams">
        {data.teams.map((team) => {
          const hires = data.hires.filter((hire) => hire.teamId === team.id);
          return (
            <li key={team.id}>
              <strong>{team.name}</strong>
              {hires.length === 0 ? (
                <p className="muted">{t('restore.noHires')}</p>
              ) : (
                <ul>
                  {hires.map((hire) => (
                    <li key={hire.id}>
                      {t('restore.hireLine', {
                        name: hire.name,
                        date: formatDate(hire.startDate),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
