import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { getTeamSyncLink } from '../../db/teamSync';
import { buildStatusSnapshot } from '../../domain/statusSnapshot';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { LiveLinkPanel } from './LiveLinkPanel';
import { SharePanel } from './SharePanel';
import { StatusView } from './StatusView';
import { useStatusSources } from './useStatusSources';
import { paths } from '../../config/paths';

/** The manager's preview of what the peer worker sees, and where a share link is made. */
export function StatusPage() {
  const { hireId = '' } = useParams();
  const { t } = useTranslation('status');
  const sources = useStatusSources(hireId);
  // The preview shows live data; only a share link records the moment it was made.
  const [openedAt] = useState(() => new Date().toISOString());
  const teamId = sources?.hire.teamId;
  // A manager device of a shared team makes a live link; elsewhere the link is a snapshot.
  const syncLink = useLiveQuery(async () => (teamId ? getTeamSyncLink(teamId) : null), [teamId]);
  const status = useMemo(
    () => sources && buildStatusSnapshot({ ...sources, createdAt: openedAt }),
    [sources, openedAt],
  );

  if (status === undefined) return <Loading />;
  if (status === null) return <NotFound />;

  return (
    <>
      <BackLink to={paths.hire.href(hireId)}>{t('preview.back', { name: status.name })}</BackLink>
      <div className="alert alert-info no-print">
        <div className="alert-body">
          <p className="alert-text">{t('preview.notice', { name: status.name })}</p>
        </div>
      </div>
      <StatusView status={status} />
      {syncLink?.role === 'manager' ? (
        <LiveLinkPanel link={syncLink} hireId={hireId} name={status.name} />
      ) : (
        syncLink === null && <SharePanel status={status} />
      )}
    </>
  );
}
