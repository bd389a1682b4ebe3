import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HireCalendarButton } from '../../connected/CalendarFileButton';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { PageHeading } from '../../ui/PageHeading';
import { CadenceForm } from './CadenceForm';
import { PlanTimeline } from './PlanTimeline';
import { PlanWarnings } from './PlanWarnings';
import { usePlan } from './usePlan';
import './plan.css';
import { paths } from '../../config/paths';

export function PlanPage() {
  const { hireId = '' } = useParams();
  const { t } = useTranslation('plan');
  const { t: tCalendar } = useTranslation('calendar');
  const data = usePlan(hireId);
  if (data === undefined) return <Loading />;
  if (data === null) return <NotFound />;

  const { hire, plan } = data;
  const title = t('title', { name: hire.name });
  return (
    <>
      <BackLink to={paths.hire.href(hire.id)}>{t('backToHire', { name: hire.name })}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="plan-intro no-print">{t('intro')}</p>
      <PlanWarnings warnings={plan.warnings} />
      <div className="button-row no-print">
        <Link className="button button-secondary" to={paths.hirePrint.href(hire.id)}>
          {tCalendar('print.hirePlan')}
        </Link>
        <HireCalendarButton hire={hire} />
      </div>
      <PlanTimeline data={data} />
      {/* The talks come first; changing how they are spaced is the rarer job. */}
      <CadenceForm hire={hire} />
    </>
  );
}
