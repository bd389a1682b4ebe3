// No Dexie, no yjs: the start-up check must cost nothing on a device that does not sync.

const SYNC_FLAG = 'godt-begyndt:sync';

/**
 * Whether this device shares a team. Kept in localStorage, beside the syncedTeams table,
 * because it must be known synchronously at start-up, before the database opens.
 */
export function deviceSyncs(): boolean {
  try {
    return localStorage.getItem(SYNC_FLAG) === 'on';
  } catch {
    return false;
  }
}

export function rememberDeviceSyncs(on: boolean): void {
  if (on) localStorage.setItem(SYNC_FLAG, 'on');
  else localStorage.removeItem(SYNC_FLAG);
}
