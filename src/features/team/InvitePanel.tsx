import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { InvitationRole, Invitation } from '../../db/syncServer';
import { inviteDevice, type TeamSyncLink } from '../../db/teamSync';
import { joinFragment } from '../../domain/joinLink';
import { syncErrorText } from '../../connected/syncErrorText';
import { useDateFormat } from '../../lib/dateFormat';
import { RadioGroup } from '../../ui/RadioGroup';
import { ShareLink } from '../../ui/ShareLink';

const ROLES: readonly InvitationRole[] = ['staff', 'manager'];

/** The manager device makes a one-time invitation, as a link and a QR code. */
export function InvitePanel({ link }: { link: TeamSyncLink }) {
  const { t } = useTranslation('sync');
  const { formatInstant } = useDateFormat();
  const [role, setRole] = useState<InvitationRole>('staff');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function invite() {
    setBusy(true);
    setFailure(null);
    try {
      setInvitation(await inviteDevice(link.teamId, role));
    } catch (error) {
      console.error(error);
      setFailure(syncErrorText(error, t));
    }
    setBusy(false);
  }

  const url =
    invitation &&
    window.location.origin +
      paths.join.href(joinFragment({ server: link.server, invitation: invitation.invitation }));

  return (
    <section aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('invite.heading')}</h3>
      <RadioGroup
        legend={t('invite.roleLegend')}
        value={role}
        options={ROLES.map((option) => ({
          value: option,
          label: t(`invite.${option}`),
          hint: t(`invite.${option}Hint`),
        }))}
        onChange={setRole}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void invite()}
        >
          {busy ? t('invite.busy') : t(invitation ? 'invite.again' : 'invite.button')}
        </button>
      </div>
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
      {invitation && url && (
        <ShareLink
          key={url}
          link={url}
          texts={{
            label: t('invite.linkLabel', { role: t(`roles.${invitation.role}`) }),
            hint: t('invite.linkHint', { when: formatInstant(invitation.expiresAt) }),
            copy: t('invite.copy'),
            copied: t('invite.copied'),
            copyFallback: t('invite.copyFallback'),
            showQr: t('invite.showQr'),
            hideQr: t('invite.hideQr'),
            qrAlt: t('invite.qrAlt'),
            qrHint: t('invite.qrHint'),
            qrFailed: t('invite.qrFailed'),
          }}
        />
      )}
    </section>
  );
}
