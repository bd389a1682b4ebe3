import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { getHire } from '../db/hireReads';
import { getTeam } from '../db/teams';
import type { Hire, Team } from '../domain/types';
import { Loading } from '../ui/Loading';
import { NotFound } from '../ui/NotFound';

/**
 * The team or hire a screen is about (live), or what the screen shows instead: `Loading`
 * while it is read, `NotFound` when there is none (deleted, or a stale link).
 */
export type Lookup<T> =
  { record: T; fallback: null } | { record: undefined; fallback: ReactElement };

function useRecord<T>(get: (id: string) => Promise<T | undefined>, id: string): Lookup<T> {
  // null once read and missing, undefined while reading.
  const record = useLiveQuery(() => get(id).then((found) => found ?? null), [get, id]);
  if (record === undefined) return { record, fallback: <Loading /> };
  if (record === null) return { record: undefined, fallback: <NotFound /> };
  return { record, fallback: null };
}

/** `const { record: team, fallback } = useTeam(teamId); if (fallback) return fallback;` */
export function useTeam(id: string): Lookup<Team> {
  return useRecord(getTeam, id);
}

/** `const { record: hire, fallback } = useHire(hireId); if (fallback) return fallback;` */
export function useHire(id: string): Lookup<Hire> {
  return useRecord(getHire, id);
}
