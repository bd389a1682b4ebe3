import { useTranslation } from 'react-i18next';
import type { TeamSyncLink } from '../../db/teamSync';
import { DeviceList } from './DeviceList';
import { InvitePanel } from './InvitePanel';
import { ShareTeamForm } from './ShareTeamForm';

/** Sharing the team with other devices: the form, or once shared, invitations and devices. */
export function SyncSection({ teamId, link }: { teamId: string; link: TeamSyncLink | null }) {
  const { t } = useTranslation('sync');
  return (
    <section aria-labelledby="sync-heading" className="no-print">
      <h2 id="sync-heading">{t('share.heading')}</h2>
      {link ? (
        <>
          <p>{t('share.sharedVia', { server: link.server, role: t(`roles.${link.role}`) })}</p>
          {link.role === 'manager' && (
            <>
              <InvitePanel link={link} />
              <DeviceList link={link} />
            </>
          )}
        </>
      ) : (
        <ShareTeamForm teamId={teamId} />
      )}
    </section>
  );
}
