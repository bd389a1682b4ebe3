import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serverBaseUrl } from '../db/syncServer';
import { rememberedSyncDetails } from '../db/teamSync';
import { TextField } from '../ui/TextField';
import { syncErrorText } from './syncErrorText';

interface SyncDetails {
  /** The server's base URL as typed and checked; null when the form asks for none. */
  server: string | null;
  deviceName: string;
}

/**
 * The details sharing and joining a team both ask for (the server unless an invitation
 * carries it, and this device's name), filled in from last time, and the request's failure.
 */
export function useSyncDetailsForm(asksServer: boolean) {
  const [server, setServer] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const base = serverBaseUrl(server);

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

  /** Checks the fields, then runs the request; a failure is kept to show. */
  async function run(request: (details: SyncDetails) => Promise<void>) {
    setChecked(true);
    if ((asksServer && !base) || !deviceName.trim() || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await request({ server: asksServer ? base : null, deviceName: deviceName.trim() });
    } catch (error) {
      console.error(error);
      setFailure(error);
      setBusy(false);
    }
  }

  return {
    asksServer,
    server,
    setServer,
    deviceName,
    setDeviceName,
    checked,
    base,
    busy,
    failure,
    run,
  };
}

export type SyncDetailsFormState = ReturnType<typeof useSyncDetailsForm>;

/** The form of useSyncDetailsForm: its fields, the failure (unless `failureShown` elsewhere). */
export function SyncDetailsForm({
  form,
  onSubmit,
  failureShown = false,
  children,
}: {
  form: SyncDetailsFormState;
  onSubmit: () => void;
  failureShown?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('sync');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      {form.asksServer && (
        <TextField
          label={t('share.serverLabel')}
          hint={t('share.serverHint')}
          value={form.server}
          error={form.checked && !form.base ? t('share.serverInvalid') : null}
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          onChange={(event) => form.setServer(event.target.value)}
        />
      )}
      <TextField
        label={t('share.deviceLabel')}
        hint={t('share.deviceHint')}
        value={form.deviceName}
        error={form.checked && !form.deviceName.trim() ? t('share.deviceMissing') : null}
        maxLength={100}
        onChange={(event) => form.setDeviceName(event.target.value)}
      />
      {form.failure !== null && !failureShown && (
        <p className="alert alert-error" role="alert">
          {syncErrorText(form.failure, t)}
        </p>
      )}
      {children}
    </form>
  );
}
