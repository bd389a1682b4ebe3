import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../db/sync';

function statusText(status: SyncStatus, t: ReturnType<typeof useTranslation<'sync'>>['t']) {
  switch (status.state) {
    case 'connecting':
      return t('status.connecting');
    case 'synced':
      return t('status.synced');
    case 'waiting':
      return status.changes > 0
        ? t('status.waiting', { count: status.changes })
        : t('status.catchingUp');
    case 'offline':
      return t('status.offline');
    case 'refused':
      return t('status.refused');
  }
}

/** A shared team's sync state, announced politely; a refusal says what to do. */
export function SyncStatusLine({ status }: { status: SyncStatus | null }) {
  const { t } = useTranslation('sync');
  const refused = status?.state === 'refused';
  return (
    <div
      role="status"
      aria-live="polite"
      className={`sync-status no-print${refused ? ' sync-status-refused' : ''}`}
    >
      <p>
        <span className="sync-status-label">{t('status.label')}: </span>
        <strong>{statusText(status ?? { state: 'connecting' }, t)}</strong>
      </p>
      {refused && <p>{t('status.refusedHelp')}</p>}
    </div>
  );
}
