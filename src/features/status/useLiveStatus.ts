import { useEffect, useState } from 'react';
import type { LiveLink } from '../../domain/liveLink';
import { parseStatusSnapshot } from '../../domain/statusSnapshot';
import { serverSocketUrl } from '../../db/syncServer';
import { forgetLiveCopy, readLiveCopy, saveLiveCopy, type LiveCopy } from './liveCopy';

export interface LiveStatus {
  /** The latest status: live, or the copy kept from last time. */
  copy: LiveCopy | null;
  connected: boolean;
  /** The server holds no status for the hire yet (no device has published it). */
  empty: boolean;
  /** 'refused': the link was revoked (or never worked); 'deleted': the hire is gone. */
  ended: 'refused' | 'deleted' | null;
}

/** The hire's status from the server, live, with the phone's last copy until it arrives. */
export function useLiveStatus(link: LiveLink): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(() => ({
    copy: readLiveCopy(link),
    connected: false,
    empty: false,
    ended: null,
  }));

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    const connecting = import('../../db/sync/peerConnection').then(({ watchPeerStatus }) => {
      if (cancelled) return;
      stop = watchPeerStatus(
        {
          url: serverSocketUrl(link.server),
          teamId: link.teamId,
          hireId: link.hireId,
          token: link.token,
        },
        (event) => {
          if (event.kind === 'connected') {
            setStatus((current) => ({ ...current, connected: event.connected }));
          } else if (event.kind === 'refused' || event.status.state === 'deleted') {
            forgetLiveCopy(link);
            const ended = event.kind === 'refused' ? 'refused' : 'deleted';
            setStatus({ copy: null, connected: false, empty: false, ended });
          } else if (event.status.state === 'empty') {
            setStatus((current) => ({ ...current, empty: true }));
          } else {
            const snapshot = parseStatusSnapshot(event.status.snapshot);
            if (!snapshot) return;
            const copy = { snapshot, updatedAt: event.status.updatedAt };
            saveLiveCopy(link, copy);
            setStatus((current) => ({ ...current, copy }));
          }
        },
      );
    });
    // Without the connection's code (offline, first visit), the kept copy is all there is.
    connecting.catch((error: unknown) => console.error(error));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [link]);

  return status;
}
