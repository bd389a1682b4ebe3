import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { joinTeam } from '../../db/teamSync';
import { parseJoinFragment } from '../../domain/joinLink';
import { SyncDetailsForm, useSyncDetailsForm } from '../../connected/SyncDetailsForm';
import { PageHeading } from '../../ui/PageHeading';

/** Opens an invitation link: says what it will do, then fetches the team on confirmation. */
export function JoinPage() {
  const { t } = useTranslation('sync');
  const { hash } = useLocation();
  const navigate = useNavigate();
  const invitation = useMemo(() => parseJoinFragment(hash), [hash]);
  const form = useSyncDetailsForm(false);

  function join() {
    if (!invitation) return;
    void form.run(async ({ deviceName }) => {
      const teamId = await joinTeam(invitation.server, invitation.invitation, deviceName);
      // Replace: the used invitation should not stay in the history to be opened again.
      await navigate(paths.team.href(teamId), { replace: true });
    });
  }

  if (!invitation) {
    return (
      <>
        <PageHeading title={t('join.incompleteTitle')}>{t('join.incompleteTitle')}</PageHeading>
        <p>{t('join.incomplete')}</p>
        <p>
          <Link to={paths.overview.href()}>{t('join.overview')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('join.title')}>{t('join.title')}</PageHeading>
      <p>{t('join.intro', { server: invitation.server })}</p>
      <SyncDetailsForm form={form} onSubmit={join}>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {form.busy ? t('join.busy') : t('join.button')}
          </button>
        </div>
        <p aria-live="polite">{form.busy && t('join.busy')}</p>
      </SyncDetailsForm>
    </>
  );
}
