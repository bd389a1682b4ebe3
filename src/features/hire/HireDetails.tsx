import { useTranslation } from 'react-i18next';
import type { Hire } from '../../domain/types';
import { NOTICE_LIMITS, hireNotices } from '../../domain/validation';
import { useDateFormat } from '../../lib/dateFormat';

export function HireDetails({ hire }: { hire: Hire }) {
  const { t } = useTranslation('hire');
  const { formatDate } = useDateFormat();
  const notices = hireNotices(hire);
  return (
    <>
      <dl className="details-list">
        {hire.jobTitle && (
          <>
            <dt>{t('details.jobTitle')}</dt>
            <dd>{hire.jobTitle}</dd>
          </>
        )}
        <dt>{t('fields.startDate')}</dt>
        <dd>{formatDate(hire.startDate, 'weekdayLong')}</dd>
        <dt>{t('fields.probationMonths')}</dt>
        <dd>{t('details.months', { count: hire.probationMonths })}</dd>
        <dt>{t('details.weeklyHours')}</dt>
        <dd>
          {hire.weeklyHours === null
            ? t('details.notSet')
            : t('details.hours', { count: hire.weeklyHours })}
        </dd>
      </dl>
      {Object.values(notices).map((notice) => (
        <p key={notice} className="field-notice">
          {t(`notices.${notice}`, NOTICE_LIMITS)}
        </p>
      ))}
    </>
  );
}
