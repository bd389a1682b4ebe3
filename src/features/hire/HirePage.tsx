import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteHireOnTeamServer } from '../../db/hireCleanup';
import { deleteHire } from '../../db/hireWrites';
import { getTeam } from '../../db/teams';
import { PRIVATE_NOTE_TEMPLATE_IDS } from '../../domain/templates';
import type { ChecklistItem } from '../../domain/types';
import { HireCalendarButton } from '../../connected/CalendarFileButton';
import { ChecklistSection } from '../../connected/ChecklistSection';
import { BackLink } from '../../ui/BackLink';
import { DeleteButton } from '../../ui/DeleteButton';
import { NextTalk } from '../../connected/NextTalk';
import { useHire } from '../../connected/useRecord';
import { useTeamSync } from '../../connected/useTeamSync';
import { syncErrorText } from '../../connected/syncErrorText';
import { PageHeading } from '../../ui/PageHeading';
import { useWrite } from '../../connected/useWrite';
import { useUiStore } from '../../store/ui';
import { HireDetails } from './HireDetails';
import { SuggestedItems } from './SuggestedItems';
import { CleanupNotice } from '../../connected/CleanupNotice';
import { paths } from '../../config/paths';
import { useNotesKeptElsewhere } from '../../connected/useNotesKeptElsewhere';

/** The item's note is the manager's own (it travels only to manager devices). */
function hasPrivateNote(item: ChecklistItem): boolean {
  return item.templateId !== null && PRIVATE_NOTE_TEMPLATE_IDS.includes(item.templateId);
}

export function HirePage() {
  const { hireId = '' } = useParams();
  const { t } = useTranslation('hire');
  const { t: tCalendar } = useTranslation('calendar');
  const { t: tPrivacy } = useTranslation('privacy');
  const { t: tSync } = useTranslation('sync');
  const navigate = useNavigate();
  const write = useWrite();
  const showToast = useUiStore((s) => s.showToast);
  const { record: hire, fallback } = useHire(hireId);
  const team = useLiveQuery(
    async () => (hire ? ((await getTeam(hire.teamId)) ?? null) : null),
    [hire?.teamId],
  );
  const { link } = useTeamSync(hire?.teamId ?? '');
  const [deleteFailure, setDeleteFailure] = useState<string | null>(null);
  // Stable, so the checklist's memoised rows do not all re-render on every tick.
  const keptElsewhere = useNotesKeptElsewhere(hireId);
  const noteHint = useCallback(
    (item: ChecklistItem) => (hasPrivateNote(item) ? t('onboarding.privateNote') : undefined),
    [t],
  );
  const noteKeptElsewhere = useCallback(
    (item: ChecklistItem) =>
      keptElsewhere && hasPrivateNote(item) ? t('onboarding.privateNoteKeptElsewhere') : undefined,
    [t, keptElsewhere],
  );

  if (fallback) return fallback;

  async function remove() {
    if (!hire) return;
    setDeleteFailure(null);
    try {
      await deleteHireOnTeamServer(hire);
    } catch (error) {
      console.error(error);
      setDeleteFailure(syncErrorText(error, tSync));
      return;
    }
    if (!(await write(() => deleteHire(hire.id)))) return;
    showToast({ kind: 'success', messageKey: 'toasts.hireDeleted', values: { name: hire.name } });
    navigate(paths.team.href(hire.teamId));
  }

  // The same confirmation from the button row and from the after-probation notice.
  const deleteDialog = {
    title: t('delete.title', { name: hire.name }),
    body: t(link ? 'delete.bodyShared' : 'delete.body'),
    confirmLabel: t('delete.confirm'),
    onConfirm: () => void remove(),
  };

  return (
    <>
      {team && (
        <BackLink to={paths.team.href(team.id)}>{t('backToTeam', { team: team.name })}</BackLink>
      )}
      <PageHeading title={hire.name}>{hire.name}</PageHeading>
      <HireDetails hire={hire} />
      <CleanupNotice
        hire={hire}
        shared={link !== null}
        deleteButton={<DeleteButton label={tPrivacy('cleanup.delete')} {...deleteDialog} />}
      />
      <div className="button-row no-print">
        <Link className="button button-secondary" to={paths.editHire.href(hire.id)}>
          {t('edit.button')}
        </Link>
        <Link className="button button-secondary" to={paths.hirePrint.href(hire.id)}>
          {tCalendar('print.hirePlan')}
        </Link>
        <HireCalendarButton hire={hire} />
        <Link className="button button-secondary" to={paths.hireStatus.href(hire.id)}>
          {t('viewAsPeer')}
        </Link>
        {link?.role === 'manager' && (
          <Link className="button button-secondary" to={paths.hireAccessLog.href(hire.id)}>
            {tPrivacy('accessLog.link')}
          </Link>
        )}
        <DeleteButton label={t('delete.button')} {...deleteDialog} />
      </div>
      {deleteFailure && (
        <p className="alert alert-error" role="alert">
          {tPrivacy('cleanup.deleteFailed', { reason: deleteFailure })}
        </p>
      )}

      <section aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">{t('followUp.heading')}</h2>
        <NextTalk hireId={hire.id} />
        <Link className="button button-secondary no-print" to={paths.hirePlan.href(hire.id)}>
          {t('followUp.link')}
        </Link>
      </section>

      <ChecklistSection
        ownerId={hire.id}
        kind="onboarding"
        heading={t('onboarding.heading')}
        intro={t('onboarding.intro')}
        noteHint={noteHint}
        noteKeptElsewhere={noteKeptElsewhere}
        suggestions={(items, addGuideItem) => <SuggestedItems items={items} onAdd={addGuideItem} />}
      />
    </>
  );
}
