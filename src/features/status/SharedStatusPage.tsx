import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { decodeStatusSnapshot } from '../../domain/statusSnapshot';
import { PageHeading } from '../../ui/PageHeading';
import { useDateFormat } from '../../lib/dateFormat';
import { StatusView } from './StatusView';

/**
 * A status opened from a share link. Everything comes from the link's fragment: this page
 * never reads or writes the database, so it works in a fresh browser, or one without storage.
 */
export function SharedStatusPage() {
  const { t } = useTranslation('status');
  const { formatInstant } = useDateFormat();
  const { hash } = useLocation();
  const result = useMemo(() => decodeStatusSnapshot(hash), [hash]);

  if (!result.ok) {
    return (
      <>
        <PageHeading title={t('shared.error.title')}>{t('shared.error.title')}</PageHeading>
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t(`shared.error.${result.error}`)}</p>
            <p className="alert-text">{t('shared.error.nothingSaved')}</p>
          </div>
        </div>
      </>
    );
  }

  const { snapshot } = result;
  return (
    <StatusView status={snapshot}>
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-heading">
            {t('shared.asOf', { when: formatInstant(snapshot.createdAt) })}
          </p>
          <p className="alert-text">{t('shared.snapshot')}</p>
        </div>
      </div>
    </StatusView>
  );
}
