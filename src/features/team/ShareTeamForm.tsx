import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { serverBaseUrl, SyncServerError } from '../../db/syncServer';
import { rememberedSyncDetails, shareTeam, shareTeamAsCopy } from '../../db/teamSync';
import { syncErrorText } from '../../connected/syncErrorText';
import { TextField } from '../../ui/TextField';

/** Registers the team on a sync server; this device becomes its manager device. */
export function ShareTeamForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation('sync');
  const [server, setServer] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The server already knows the team: the way on is to share a copy.
  const [exists, setExists] = useState(false);
  const navigate = useNavigate();
  const base = serverBaseUrl(server);
  const serverError = checked && !base ? t('share.serverInvalid') : null;
  const deviceError = checked && !deviceName.trim() ? t('share.deviceMissing') : null;

  useEffect(() => {
    let current = true;
    void rememberedSyncDetails().then((remembered) => {
      if (!current) return;
      setServer((typed) => typed || remembered.server);
      setDeviceName((typed) => typed || remembered.deviceName);
    });
    return () => {
      current = false;
    };
  }, []);

  async function run(share: (server: string, name: string) => Promise<void>) {
    setChecked(true);
    if (!base || !deviceName.trim() || busy) return;
    setBusy(true);
    setFailure(null);
    setExists(false);
    try {
      await share(base, deviceName.trim());
    } catch (error) {
      console.error(error);
      if (error instanceof SyncServerError && error.code === 'team-exists') setExists(true);
      else setFailure(syncErrorText(error, t));
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run((server, name) => shareTeam(teamId, server, name));
  }

  function shareCopy() {
    void run(async (server, name) => {
      const copyId = await shareTeamAsCopy(
        teamId,
        (teamName) => t('share.copyName', { name: teamName }),
        server,
        name,
      );
      await navigate(paths.team.href(copyId));
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('share.intro')}</p>
      <TextField
        label={t('share.serverLabel')}
        hint={t('share.serverHint')}
        value={server}
        error={serverError}
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        onChange={(event) => setServer(event.target.value)}
      />
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
      {exists && (
        <div className="alert alert-error" role="alert">
          <p>{t('share.copyExplain')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={shareCopy}
            disabled={busy}
          >
            {t('share.copyButton')}
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t('share.busy') : t('share.button')}
        </button>
      </div>
    </form>
  );
}
