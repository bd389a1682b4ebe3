import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { serverBaseUrl } from '../../db/syncServer';
import { rememberedSyncDetails, shareTeam } from '../../db/teamSync';
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!base || !deviceName.trim() || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await shareTeam(teamId, base, deviceName.trim());
    } catch (error) {
      console.error(error);
      setFailure(syncErrorText(error, t));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
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
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t('share.busy') : t('share.button')}
        </button>
      </div>
    </form>
  );
}
