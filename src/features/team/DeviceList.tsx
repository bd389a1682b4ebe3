import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDevice } from '../../db/syncServer';
import { revokeTeamDevice, teamDevices, type TeamSyncLink } from '../../db/teamSync';
import { syncErrorText } from '../../connected/syncErrorText';
import { useDateFormat } from '../../lib/dateFormat';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** The team's devices as the server knows them; the manager may revoke any other one. */
export function DeviceList({ link }: { link: TeamSyncLink }) {
  const { t } = useTranslation('sync');
  const { formatInstant } = useDateFormat();
  const [devices, setDevices] = useState<TeamDevice[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TeamDevice | null>(null);

  // Raised to read the list again (after a revocation, or on the button).
  const [round, setRound] = useState(0);
  const reload = () => setRound((value) => value + 1);

  useEffect(() => {
    let current = true;
    teamDevices(link.teamId).then(
      (list) => {
        if (!current) return;
        setDevices(list);
        setFailure(null);
      },
      (error: unknown) => {
        console.error(error);
        if (current) setFailure(syncErrorText(error, t));
      },
    );
    return () => {
      current = false;
    };
  }, [link.teamId, t, round]);

  async function revoke(device: TeamDevice) {
    setRevoking(null);
    try {
      await revokeTeamDevice(link.teamId, device.deviceId);
      setNotice(t('devices.revoked', { name: device.name }));
    } catch (error) {
      console.error(error);
      setFailure(syncErrorText(error, t));
    }
    reload();
  }

  return (
    <section aria-labelledby="devices-heading">
      <h3 id="devices-heading">{t('devices.heading')}</h3>
      {devices === null && !failure && <p>{t('devices.loading')}</p>}
      {devices && (
        <table className="table table--compact device-table">
          <thead>
            <tr>
              <th scope="col">{t('devices.name')}</th>
              <th scope="col">{t('devices.role')}</th>
              <th scope="col">{t('devices.lastSync')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.deviceId}>
                <th scope="row">
                  {device.name}
                  {device.deviceId === link.deviceId && ` (${t('devices.thisDevice')})`}
                </th>
                <td>{t(`roles.${device.role}`)}</td>
                <td>
                  {device.revokedAt
                    ? t('devices.revokedAt', { when: formatInstant(device.revokedAt) })
                    : device.lastSeenAt
                      ? formatInstant(device.lastSeenAt)
                      : t('devices.never')}
                </td>
                <td>
                  {device.deviceId !== link.deviceId && !device.revokedAt && (
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('devices.revokeLabel', { name: device.name })}
                      onClick={() => setRevoking(device)}
                    >
                      {t('devices.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{notice}</p>
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
      <button type="button" className="button button-secondary" onClick={reload}>
        {t('devices.refresh')}
      </button>
      <ConfirmDialog
        open={revoking !== null}
        title={t('devices.confirmTitle', { name: revoking?.name ?? '' })}
        body={t('devices.confirmBody')}
        confirmLabel={t('devices.revoke')}
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
