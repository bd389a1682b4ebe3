import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { createHire, updateHire } from '../../db/hireWrites';
import { PROBATION_MONTHS } from '../../domain/limits';
import type { HireDraft } from '../../domain/validation';
import type { Hire, Talk } from '../../domain/types';
import { PageHeading } from '../../ui/PageHeading';
import { useHire, useTeam } from '../../connected/useRecord';
import { useReportKeptTalks } from '../../connected/useReportKeptTalks';
import { useWrite } from '../../connected/useWrite';
import { HireForm } from './HireForm';
import { paths } from '../../config/paths';

const EMPTY_DRAFT: HireDraft = {
  name: '',
  jobTitle: '',
  startDate: '',
  probationMonths: String(PROBATION_MONTHS.default),
  weeklyHours: '',
};

function draftOf(hire: Hire): HireDraft {
  return {
    name: hire.name,
    jobTitle: hire.jobTitle,
    startDate: hire.startDate,
    probationMonths: String(hire.probationMonths),
    weeklyHours: hire.weeklyHours === null ? '' : String(hire.weeklyHours),
  };
}

export function NewHirePage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('hire');
  const navigate = useNavigate();
  const write = useWrite();
  const { record: team, fallback } = useTeam(teamId);
  if (fallback) return fallback;
  const title = t('new.title', { team: team.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('new.intro')}</p>
      <HireForm
        initial={EMPTY_DRAFT}
        submitLabel={t('new.submit')}
        onCancel={() => navigate(paths.team.href(teamId))}
        onSubmit={async (value) => {
          let hireId = '';
          const ok = await write(async () => {
            hireId = (await createHire(teamId, value)).id;
          });
          if (ok) navigate(paths.hire.href(hireId));
        }}
      />
    </>
  );
}

export function EditHirePage() {
  const { hireId = '' } = useParams();
  const { t } = useTranslation('hire');
  const navigate = useNavigate();
  const write = useWrite();
  const reportKept = useReportKeptTalks();
  const { record: hire, fallback } = useHire(hireId);
  if (fallback) return fallback;
  const title = t('edit.title', { name: hire.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <HireForm
        initial={draftOf(hire)}
        submitLabel={t('edit.submit')}
        onCancel={() => navigate(paths.hire.href(hireId))}
        onSubmit={async (value) => {
          let kept: Talk[] = [];
          const ok = await write(async () => {
            kept = (await updateHire(hireId, value))?.keptByHand ?? [];
          });
          if (!ok) return;
          reportKept(kept);
          navigate(paths.hire.href(hireId));
        }}
      />
    </>
  );
}
