import { useLiveQuery } from 'dexie-react-hooks';
import { progressAndTalks } from '../../db/overviewQueries';
import type { Progress } from '../../domain/progress';
import type { Talk } from '../../domain/types';

export interface CardDetails {
  /** Checklist progress of the listed teams and hires (each of them has an entry). */
  progress: Map<string, Progress>;
  /** The listed hires' talks, by date. */
  talks: Map<string, Talk[]>;
}

async function loadCardDetails(
  teamIds: readonly string[],
  hireIds: readonly string[],
): Promise<CardDetails> {
  const ownerIds = [...teamIds, ...hireIds];
  const [progress, talks] = await progressAndTalks(ownerIds, hireIds);
  const none: Progress = { done: 0, total: 0 };
  return { progress: new Map(ownerIds.map((id) => [id, progress.get(id) ?? none])), talks };
}

/**
 * What the cards on screen show beyond names and dates, kept live; undefined until first
 * read. When the cards on screen change, it holds the previous cards' details meanwhile.
 * One query for all cards, not one per card: the cards then render once with their details
 * instead of each on its own answer, which slowed the cold start.
 */
export function useCardDetails(
  teamIds: readonly string[],
  hireIds: readonly string[],
): CardDetails | undefined {
  return useLiveQuery(() => loadCardDetails(teamIds, hireIds), [teamIds.join(), hireIds.join()]);
}
