import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isReferralWay } from '../../domain/referral';
import { ReferralSummary } from '../../ui/ReferralSummary';
import type { StatusSnapshot } from '../../domain/statusSnapshot';
import { PageHeading } from '../../ui/PageHeading';
import { useDateFormat } from '../../lib/dateFormat';
import { StatusItems } from './StatusItems';
import { StatusTalks } from './StatusTalks';
import { TeamReadiness } from './TeamReadiness';
import './status.css';

/**
 * The peer worker's own view of their start, addressed to them. Read-only, text only:
 * the same component shows the manager's preview and a snapshot opened from a link.
 * `children` come right under the introduction (e.g. when a shared snapshot was taken).
 */
export function StatusView({ status, children }: { status: StatusSnapshot; children?: ReactNode }) {
  const { t } = useTranslation('status');
  const { formatDate } = useDateFormat();
  const greeting = t('greeting', { name: status.name });
  return (
    <div className="status-view">
      <PageHeading title={greeting}>{greeting}</PageHeading>
      <p className="status-intro">
        {status.teamName ? t('intro', { team: status.teamName }) : t('introNoTeam')}
      </p>
      {children}
      <dl className="details-list status-dates" aria-label={t('dates.label')}>
        {status.jobTitle && (
          <>
            <dt>{t('dates.jobTitle')}</dt>
            <dd>{status.jobTitle}</dd>
          </>
        )}
        <dt>{t('dates.start')}</dt>
        <dd>{formatDate(status.startDate, 'weekdayLong')}</dd>
        <dt>{t('dates.lastDay')}</dt>
        <dd>{formatDate(status.lastDay, 'weekdayLong')}</dd>
      </dl>
      <StatusTalks talks={status.talks} />
      <StatusItems items={status.items} />
      <TeamReadiness team={status.team} />
      {status.referral && (
        <section aria-labelledby="status-referral-heading" className="status-section">
          <h2 id="status-referral-heading">{t('referral.heading')}</h2>
          <ReferralSummary
            referral={{
              ways: status.referral.ways.filter(isReferralWay),
              description: status.referral.description,
            }}
          />
        </section>
      )}
    </div>
  );
}
