import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDevice } from '../../db/syncServer';
import {
  livePeerDevice,
  makePeerLink,
  revokeTeamDevice,
  type TeamSyncLink,
} from '../../db/teamSync';
import { syncErrorText } from '../../connected/syncErrorText';
import { liveStatusUrl } from '../../domain/liveLink';
import { useDateFormat } from '../../lib/dateFormat';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ShareLink } from '../../ui/ShareLink';
import { linkLanguage } from './linkLanguage';
import { usePeerLinkTexts } from './usePeerLinkTexts';

interface Props {
  /** This manager device's access to the hire's shared team. */
  link: TeamSyncLink;
  hireId: string;
  name: string;
}

/**
 * On a manager device of a shared team: a live link for the peer worker, carrying a
 * read-only token for the hire's status document, which the manager can revoke or replace.
 */
export function LiveLinkPanel({ link, hireId, name }: Props) {
  const { t, i18n } = useTranslation(['status', 'sync']);
  const commonTexts = usePeerLinkTexts(name);
  const { formatInstant } = useDateFormat();
  /** The hire's working link as the server lists it; undefined while it is being asked. */
  const [device, setDevice] = useState<TeamDevice | null | undefined>(undefined);
  /** The link made here just now: its token is shown only once. */
  const [made, setMade] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorText = (error: unknown) => syncErrorText(error, i18n.getFixedT(null, 'sync'));

  useEffect(() => {
    let current = true;
    livePeerDevice(link.teamId, hireId).then(
      (found) => current && setDevice(found),
      (error: unknown) => {
        console.error(error);
        if (current) setDevice(null);
      },
    );
    return () => {
      current = false;
    };
  }, [link.teamId, hireId]);

  /** Runs a request to the server, with the panel busy meanwhile and its failure said. */
  async function request(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      console.error(error);
      setFailure(errorText(error));
    }
    setBusy(false);
  }

  const create = () =>
    request(async () => {
      const peer = await makePeerLink(link.teamId, hireId);
      const language = linkLanguage(i18n.language);
      setMade(
        liveStatusUrl(window.location.origin, {
          server: link.server,
          teamId: link.teamId,
          hireId,
          token: peer.token,
          language,
        }),
      );
      setDevice(await livePeerDevice(link.teamId, hireId));
    });

  const revoke = () =>
    request(async () => {
      setConfirming(false);
      if (device) await revokeTeamDevice(link.teamId, device.deviceId);
      setDevice(null);
      setMade(null);
      setNotice(t('liveShare.revoked'));
    });

  return (
    <section aria-labelledby="share-heading" className="share-panel no-print">
      <h2 id="share-heading">{t('liveShare.heading', { name })}</h2>
      <p>{t('liveShare.intro', { name })}</p>
      {device && !made && (
        <p>{t('liveShare.exists', { name, when: formatInstant(device.createdAt) })}</p>
      )}
      {device && <p className="form-hint">{t('liveShare.recreateHint')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy || device === undefined}
          onClick={() => void create()}
        >
          {busy ? t('liveShare.busy') : t(device ? 'liveShare.recreate' : 'liveShare.create')}
        </button>
        {device && (
          <button
            type="button"
            className="button button-tertiary"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('liveShare.revoke')}
          </button>
        )}
      </div>
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {made && (
        <ShareLink
          key={made}
          link={made}
          texts={{
            label: t('liveShare.linkLabel', { name }),
            hint: t('liveShare.linkHint', { name }),
            ...commonTexts,
            qrAlt: t('liveShare.qrAlt', { name }),
            qrFailed: t('liveShare.qrFailed'),
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={t('liveShare.revokeTitle', { name })}
        body={t('liveShare.revokeBody')}
        confirmLabel={t('liveShare.revoke')}
        onConfirm={() => void revoke()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
