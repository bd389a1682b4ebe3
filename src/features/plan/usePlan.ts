import { useLiveQuery } from 'dexie-react-hooks';
import { getHire } from '../../db/hireReads';
import { listTalks } from '../../db/talkReads';
import { getCustomaryDaysOff } from '../../db/talkWrites';
import type { FollowUpPlan } from '../../domain/followUps';
import { hirePlan } from '../../domain/talkRecords';
import type { Hire, Talk } from '../../domain/types';

export interface PlanData {
  hire: Hire;
  /** The stored talks, by date. */
  talks: Talk[];
  customaryDaysOff: boolean;
  /** The rule's plan, to explain each talk's date and show the probation's markers. */
  plan: FollowUpPlan;
}

async function loadPlan(hireId: string): Promise<PlanData | null> {
  const hire = await getHire(hireId);
  if (!hire) return null;
  const [talks, customaryDaysOff] = await Promise.all([listTalks(hireId), getCustomaryDaysOff()]);
  return { hire, talks, customaryDaysOff, plan: hirePlan(hire, customaryDaysOff) };
}

/** A hire's follow-up plan; undefined while loading, null when the hire does not exist. */
export function usePlan(hireId: string): PlanData | null | undefined {
  return useLiveQuery(() => loadPlan(hireId), [hireId]);
}
