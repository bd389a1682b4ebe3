import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteAllDataAndStopSync } from '../../db/teamSync';
import { getPersistenceState, type PersistenceState } from '../../db/storage';
import { useUiStore } from '../../store/ui';
import { BackupStatusText } from '../../connected/BackupStatusText';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useWrite } from '../../connected/useWrite';
import { paths } from '../../config/paths';

/** Where the data lives, whether the browser keeps it, backup, and deleting it all. */
export function DataSection() {
  const { t } = useTranslation(['settings', 'backup']);
  const write = useWrite();
  const showToast = useUiStore((s) => s.showToast);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    void getPersistenceState().then(setPersistence);
  }, []);

  async function deleteEverything() {
    setConfirmDelete(false);
    if (await write(deleteAllDataAndStopSync)) {
      showToast({ kind: 'success', messageKey: 'backup:data.deleted' });
    }
  }

  return (
    <>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t('storage.heading')}</h2>
        <p>{t('storage.body')}</p>
        {persistence && (
          <p className={persistence === 'persisted' ? undefined : 'alert alert-warning'}>
            {t(`backup:data.${persistence}`)}
          </p>
        )}
        <BackupStatusText />
        <p>
          <Link to={paths.backup.href()}>{t('backup:data.backupLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="delete-all-heading">
        <h2 id="delete-all-heading">{t('backup:data.deleteHeading')}</h2>
        <p>{t('backup:data.deleteBody')}</p>
        <button
          type="button"
          className="button button-secondary button-danger-outline"
          onClick={() => setConfirmDelete(true)}
        >
          {t('backup:data.deleteButton')}
        </button>
        <ConfirmDialog
          open={confirmDelete}
          title={t('backup:data.deleteConfirmTitle')}
          body={t('backup:data.deleteConfirmBody')}
          confirmLabel={t('backup:data.deleteConfirm')}
          onConfirm={() => void deleteEverything()}
          onCancel={() => setConfirmDelete(false)}
        />
      </section>
    </>
  );
}
