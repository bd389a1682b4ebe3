import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { parseLiveFragment, type LiveLink } from '../../domain/liveLink';
import { useDateFormat } from '../../lib/dateFormat';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { StatusView } from './StatusView';
import { useLiveStatus } from './useLiveStatus';

/** A calm message in place of the status, with its heading. */
function Notice({ title, text, tone }: { title: string; text: string; tone: 'info' | 'error' }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
        <div className="alert-body">
          <p className="alert-text">{text}</p>
        </div>
      </div>
    </>
  );
}

function LiveStatus({ link }: { link: LiveLink }) {
  const { t } = useTranslation('status');
  const { formatInstant } = useDateFormat();
  const { copy, connected, empty, ended } = useLiveStatus(link);

  if (ended) {
    return <Notice title={t(`live.${ended}.title`)} text={t(`live.${ended}.text`)} tone="info" />;
  }
  if (!copy && empty) {
    return <Notice title={t('live.empty.title')} text={t('live.empty.text')} tone="info" />;
  }
  if (!copy) {
    return connected ? (
      <Loading />
    ) : (
      <Notice title={t('live.waiting.title')} text={t('live.waiting.text')} tone="info" />
    );
  }
  const when = formatInstant(copy.updatedAt);
  return (
    <StatusView status={copy.snapshot}>
      <div className="alert alert-info" role="status">
        <div className="alert-body">
          <p className="alert-heading">{t('live.updated', { when })}</p>
          <p className="alert-text">{t(connected ? 'live.online' : 'live.offline')}</p>
        </div>
      </div>
    </StatusView>
  );
}

/**
 * The peer worker's live status, from a live link. Reads only the link's fragment, the
 * server and the phone's localStorage copy: never this device's database, and it has no
 * link into the manager's screens.
 */
export function LiveStatusPage() {
  const { t } = useTranslation('status');
  const { hash } = useLocation();
  const link = useMemo(() => parseLiveFragment(hash), [hash]);
  if (!link) {
    return (
      <Notice title={t('live.incomplete.title')} text={t('live.incomplete.text')} tone="error" />
    );
  }
  // A new link starts afresh (its own copy, its own connection).
  return <LiveStatus key={hash} link={link} />;
}
