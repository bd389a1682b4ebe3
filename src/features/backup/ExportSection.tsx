import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, createBackup, serializeBackup } from '../../db/backup';
import { listTeams } from '../../db/teams';
import { localIsoDate } from '../../domain/dates';
import { BackupStatusText } from '../../connected/BackupStatusText';
import { downloadTextFile } from '../../lib/download';
import { ReminderSetting } from './ReminderSetting';

const ALL = 'all';

/** Saves everything, or one team, to a dated JSON file. */
export function ExportSection() {
  const { t } = useTranslation('backup');
  const id = useId();
  const teams = useLiveQuery(listTeams);
  const [scope, setScope] = useState(ALL);
  const [result, setResult] = useState<{ ok: true; fileName: string } | { ok: false } | null>(null);
  const team = teams?.find((candidate) => candidate.id === scope);

  async function download() {
    try {
      const backup = await createBackup(team ? { kind: 'team', teamId: team.id } : { kind: 'all' });
      const fileName = backupFileName(localIsoDate(new Date()), team?.name);
      downloadTextFile(fileName, serializeBackup(backup), 'application/json');
      setResult({ ok: true, fileName });
    } catch (error) {
      console.error(error);
      setResult({ ok: false });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <BackupStatusText />
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-scope`}>
          {t('export.scopeLabel')}
        </label>
        <select
          id={`${id}-scope`}
          className="form-select"
          value={scope}
          onChange={(event) => setScope(event.target.value)}
        >
          <option value={ALL}>{t('export.all')}</option>
          {teams?.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('export.team', { name: candidate.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void download()}>
          {t('export.button')}
        </button>
      </div>
      <div aria-live="polite">
        {result?.ok && (
          <p className="save-status--saved">{t('export.done', { fileName: result.fileName })}</p>
        )}
      </div>
      {result?.ok === false && (
        <p className="alert alert-error" role="alert">
          {t('export.failed')}
        </p>
      )}
      <ReminderSetting />
    </section>
  );
}
