import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { joinTeam, rememberedSyncDetails } from '../../db/teamSync';
import { parseJoinFragment } from '../../domain/joinLink';
import { syncErrorText } from '../../connected/syncErrorText';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';

/** Opens an invitation link: says what it will do, then fetches the team on confirmation. */
export function JoinPage() {
  const { t } = useTranslation('sync');
  const { hash } = useLocation();
  const navigate = useNavigate();
  const invitation = useMemo(() => parseJoinFragment(hash), [hash]);
  const [deviceName, setDeviceName] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const deviceError = checked && !deviceName.trim() ? t('share.deviceMissing') : null;

  useEffect(() => {
    let current = true;
    void rememberedSyncDetails().then((remembered) => {
      if (current) setDeviceName((typed) => typed || remembered.deviceName);
    });
    return () => {
      current = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!invitation || !deviceName.trim() || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const teamId = await joinTeam(invitation.server, invitation.invitation, deviceName.trim());
      // Replace: the used invitation should not stay in the history to be opened again.
      navigate(paths.team.href(teamId), { replace: true });
    } catch (error) {
      console.error(error);
      setFailure(syncErrorText(error, t));
      setBusy(false);
    }
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
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('share.deviceLabel')}
          hint={t('share.deviceHint')}
          value={deviceName}
          error={deviceError}
          maxLength={100}
          onChange={(event) => setDeviceName(event.target.value)}
        />
        {failure && (
          <p className="alert alert-error" role="alert">
            {failure}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('join.busy') : t('join.button')}
          </button>
        </div>
        <p aria-live="polite">{busy && t('join.busy')}</p>
      </form>
    </>
  );
}
