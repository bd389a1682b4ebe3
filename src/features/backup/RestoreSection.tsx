import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  importBackup,
  readBackupFile,
  restoreFailure,
  type BackupProblem,
  type ImportMode,
  type RestoreFailure,
  type RestoreProgress,
  type RestoreResult,
} from '../../db/backup';
import { anyTeamShared } from '../../db/teamSync';
import type { BackupFile } from '../../domain/backupSchema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormField } from '../../ui/FormField';
import { RadioGroup } from '../../ui/RadioGroup';
import { BackupPreview } from './BackupPreview';
import { paths } from '../../config/paths';
import { useSingleFlight } from '../../lib/useSingleFlight';
import { useUnsavedFormGuard } from '../../lib/pendingWork';

type RestoreState =
  | { phase: 'idle' | 'checking' }
  | { phase: 'problem'; problem: BackupProblem; detail?: string }
  | { phase: 'ready'; backup: BackupFile }
  | { phase: 'restoring'; backup: BackupFile; progress: RestoreProgress }
  | { phase: 'failed'; backup: BackupFile; failure: RestoreFailure }
  | ({ phase: 'done' } & RestoreResult);

/** The message for each kind of failure: only 'retry' asks the user to try again. */
const FAILURE_MESSAGE = {
  quota: 'restore.quota',
  file: 'restore.refused',
  retry: 'restore.failed',
} as const satisfies Record<RestoreFailure, string>;

const IMPORT_MODES: readonly ImportMode[] = ['add', 'replace'];

/** Choose a file, see what it holds, then replace everything or add it as new. */
export function RestoreSection() {
  const { t } = useTranslation(['backup', 'common', 'sync']);
  // "Replace all" reaches every device of a shared team: said before it is asked.
  const shared = useLiveQuery(anyTeamShared, []);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<RestoreState>({ phase: 'idle' });
  const [mode, setMode] = useState<ImportMode>('add');
  const [confirmReplace, setConfirmReplace] = useState(false);
  // A double click or a second confirm while the file is being written adds nothing twice.
  const { busy, run } = useSingleFlight();
  useUnsavedFormGuard(busy);
  const backup = 'backup' in state ? state.backup : null;
  const problem =
    state.phase === 'problem'
      ? [t(`problem.${state.problem}`), state.detail && t('problem.detail', { path: state.detail })]
          .filter(Boolean)
          .join(' ')
      : null;

  async function check(file: File | undefined) {
    if (!file) return setState({ phase: 'idle' });
    setState({ phase: 'checking' });
    const parsed = await readBackupFile(file);
    setState(
      parsed.ok ? { phase: 'ready', backup: parsed.backup } : { phase: 'problem', ...parsed },
    );
  }

  function restore(file: BackupFile) {
    setConfirmReplace(false);
    void run(async () => {
      const onProgress = (progress: RestoreProgress) =>
        setState({ phase: 'restoring', backup: file, progress });
      onProgress({ done: 0, total: 0 });
      let added: RestoreResult;
      try {
        added = await importBackup(file, mode, onProgress);
      } catch (error) {
        console.error(error);
        setState({ phase: 'failed', backup: file, failure: restoreFailure(error) });
        return;
      }
      if (fileInput.current) fileInput.current.value = '';
      setState({ phase: 'done', ...added });
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('restore.heading')}</h2>
      <FormField label={t('restore.fileLabel')} hint={t('restore.fileHint')} error={problem}>
        {({ id: fieldId, describedBy, invalid }) => (
          <input
            ref={fileInput}
            id={fieldId}
            type="file"
            accept=".json,application/json"
            className="form-file-input"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            disabled={busy}
            onChange={(event) => void check(event.target.files?.[0])}
          />
        )}
      </FormField>
      <div aria-live="polite">
        {state.phase === 'checking' && <p>{t('restore.checking')}</p>}
        {state.phase === 'restoring' && <p>{t('restore.restoring')}</p>}
        {state.phase === 'done' && (
          <p className="alert alert-success">
            {t('restore.done', {
              teams: t('restore.teams', { count: state.teams }),
              hires: t('restore.hires', { count: state.hires }),
            })}{' '}
            <Link to={paths.overview.href()}>{t('common:nav.overview')}</Link>
          </p>
        )}
      </div>
      {backup && (
        <>
          <BackupPreview backup={backup} />
          <RadioGroup
            legend={t('restore.modeLegend')}
            value={mode}
            options={IMPORT_MODES.map((option) => ({
              value: option,
              label: t(`restore.${option}`),
              // On a shared team, what each choice does to it is said before the button.
              hint: t(shared ? `sync:restore.${option}SharedHint` : `restore.${option}Hint`),
            }))}
            onChange={setMode}
          />
          {state.phase === 'restoring' && (
            <div className="progress">
              <progress
                max={Math.max(state.progress.total, 1)}
                value={state.progress.done}
                aria-label={t('restore.progress', { ...state.progress })}
              />
              <span className="progress-text" aria-hidden="true">
                {t('restore.progress', { ...state.progress })}
              </span>
            </div>
          )}
          {state.phase === 'failed' && (
            <p className="alert alert-error" role="alert">
              {t(FAILURE_MESSAGE[state.failure])}
            </p>
          )}
          {/* A file the database refuses would fail again: no button invites a retry. */}
          {!(state.phase === 'failed' && state.failure === 'file') && (
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => (mode === 'replace' ? setConfirmReplace(true) : restore(backup))}
              >
                {t('restore.button')}
              </button>
            </div>
          )}
          <ConfirmDialog
            open={confirmReplace}
            title={t('restore.confirmTitle')}
            body={[t('restore.confirmBody'), shared && t('sync:restore.replaceShared')]
              .filter(Boolean)
              .join(' ')}
            confirmLabel={t('restore.confirm')}
            onConfirm={() => restore(backup)}
            onCancel={() => setConfirmReplace(false)}
          />
        </>
      )}
    </section>
  );
}
