import { useLiveQuery } from 'dexie-react-hooks';
import { readStatusSources, type StatusSources } from '../../db/statusSources';

/** Everything a hire's status is built from, live; null when the hire does not exist. */
export function useStatusSources(hireId: string): StatusSources | null | undefined {
  return useLiveQuery(() => readStatusSources(hireId), [hireId]);
}
