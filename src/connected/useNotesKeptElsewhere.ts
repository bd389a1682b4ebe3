import { useLiveQuery } from 'dexie-react-hooks';
import { hireNotesKeptElsewhere } from '../db/syncLink';

/**
 * Whether this device is a staff device of the hire's shared team: its private notes are kept
 * on the manager's devices only, so it offers no field for them. Reads the device table alone
 * (no sync code). False while it is being read.
 */
export function useNotesKeptElsewhere(hireId: string): boolean {
  return useLiveQuery(() => hireNotesKeptElsewhere(hireId), [hireId]) ?? false;
}
