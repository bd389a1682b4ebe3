import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { SyncServerError } from '../../db/syncServer';
import { shareTeam, shareTeamAsCopy } from '../../db/teamSync';
import { SyncDetailsForm, useSyncDetailsForm } from '../../connected/SyncDetailsForm';

/** Registers the team on a sync server; this device becomes its manager device. */
export function ShareTeamForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation('sync');
  const navigate = useNavigate();
  const form = useSyncDetailsForm(true);
  // The server already knows the team: the way on is to share a copy.
  const exists = form.failure instanceof SyncServerError && form.failure.code === 'team-exists';

  function share() {
    void form.run(({ server, deviceName }) => shareTeam(teamId, server ?? '', deviceName));
  }

  function shareCopy() {
    void form.run(async ({ server, deviceName }) => {
      const copyId = await shareTeamAsCopy(
        teamId,
        (teamName) => t('share.copyName', { name: teamName }),
        server ?? '',
        deviceName,
      );
      await navigate(paths.team.href(copyId));
    });
  }

  return (
    <>
      <p>{t('share.intro')}</p>
      <SyncDetailsForm form={form} onSubmit={share} failureShown={exists}>
        {exists && (
          <div className="alert alert-error" role="alert">
            <p>{t('share.copyExplain')}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={shareCopy}
              disabled={form.busy}
            >
              {t('share.copyButton')}
            </button>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button-secondary" disabled={form.busy}>
            {form.busy ? t('share.busy') : t('share.button')}
          </button>
        </div>
      </SyncDetailsForm>
    </>
  );
}
