import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { importBackup, readBackupFile, type BackupProblem, type ImportMode } from '../../db/backup';
import type { BackupFile } from '../../domain/backupSchema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { isQuotaError } from '../../connected/useWrite';
import { BackupPreview } from './BackupPreview';

type RestoreState =
  | { phase: 'idle' | 'checking' }
  | { phase: 'problem'; problem: BackupProblem; detail?: string }
  | { phase: 'ready'; backup: BackupFile }
  | { phase: 'failed'; backup: BackupFile; quota: boolean }
  | { phase: 'done'; teams: number; hires: number };

/** Choose a file, see what it holds, then replace everything or add it as new. */
export function RestoreSection() {
  const { t } = useTranslation(['backup', 'common']);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<RestoreState>({ phase: 'idle' });
  const [mode, setMode] = useState<ImportMode>('add');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const backup = state.phase === 'ready' || state.phase === 'failed' ? state.backup : null;

  async function check(file: File | undefined) {
    if (!file) return setState({ phase: 'idle' });
    setState({ phase: 'checking' });
    const parsed = await readBackupFile(file);
    setState(
      parsed.ok ? { phase: 'ready', backup: parsed.backup } : { phase: 'problem', ...parsed },
    );
  }

  async function restore(file: BackupFile) {
    setConfirmReplace(false);
    try {
      await importBackup(file, mode);
    } catch (error) {
      console.error(error);
      setState({ phase: 'failed', backup: file, quota: isQuotaError(error) });
      return;
    }
    if (fileInput.current) fileInput.current.value = '';
    setState({ phase: 'done', teams: file.data.teams.length, hires: file.data.hires.length });
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('restore.heading')}</h2>
      <div className={`form-group${state.phase === 'problem' ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${id}-file`}>
          {t('restore.fileLabel')}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t('restore.fileHint')}
        </span>
        {state.phase === 'problem' && (
          <div className="form-error-message" id={`${id}-error`} role="alert">
            <p>{t(`problem.${state.problem}`)}</p>
            {state.detail && <p>{t('problem.detail', { path: state.detail })}</p>}
          </div>
        )}
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="form-file-input"
          aria-describedby={`${id}-hint${state.phase === 'problem' ? ` ${id}-error` : ''}`}
          aria-invalid={state.phase === 'problem' || undefined}
          onChange={(event) => void check(event.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {state.phase === 'checking' && <p>{t('restore.checking')}</p>}
        {state.phase === 'done' && (
          <p className="alert alert-success">
            {t('restore.done', {
              teams: t('restore.teams', { count: state.teams }),
              hires: t('restore.hires', { count: state.hires }),
            })}{' '}
            <Link to="/">{t('common:nav.overview')}</Link>
          </p>
        )}
      </div>
      {backup && (
        <>
          <BackupPreview backup={backup} />
          <fieldset className="form-group">
            <legend className="form-label">{t('restore.modeLegend')}</legend>
            {(['add', 'replace'] as const).map((option) => (
              <div className="form-group-radio" key={option}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${id}-${option}`}
                  name={`${id}-mode`}
                  value={option}
                  checked={mode === option}
                  aria-describedby={`${id}-${option}-hint`}
                  onChange={() => setMode(option)}
                />
                <label className="form-label" htmlFor={`${id}-${option}`}>
                  {t(`restore.${option}`)}
                </label>
                <span className="form-hint" id={`${id}-${option}-hint`}>
                  {t(`restore.${option}Hint`)}
                </span>
              </div>
            ))}
          </fieldset>
          {state.phase === 'failed' && (
            <p className="alert alert-error" role="alert">
              {t(state.quota ? 'restore.quota' : 'restore.failed')}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => (mode === 'replace' ? setConfirmReplace(true) : void restore(backup))}
            >
              {t('restore.button')}
            </button>
          </div>
          <ConfirmDialog
            open={confirmReplace}
            title={t('restore.confirmTitle')}
            body={t('restore.confirmBody')}
            confirmLabel={t('restore.confirm')}
            onConfirm={() => void restore(backup)}
            onCancel={() => setConfirmReplace(false)}
          />
        </>
      )}
    </section>
  );
}
