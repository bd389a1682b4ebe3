import {
  planFollowUps,
  type FollowUpOptions,
  type FollowUpPlan,
  type Participants,
} from './followUps';
import { talkId } from './stableIds';
import type { Hire, Talk } from './types';

/** The hire's fields its plan is computed from: a change to any of them replans its talks. */
export const PLAN_FIELDS = [
  'startDate',
  'probationMonths',
  'cadence',
  'monthlyTalksAfter',
] as const;

export interface TalkReconciliation {
  /** Talks to store: new ones and existing ones with updated dates. */
  put: Talk[];
  /** Ids of talks the new plan no longer has and that hold nothing worth keeping. */
  remove: string[];
  /** Talks kept on a date the manager chose (or already held) while the rule moved. */
  keptByHand: Talk[];
}

function planOptions(hire: Hire, customaryDaysOff: boolean): FollowUpOptions {
  return { cadence: hire.cadence, monthlyTalksAfter: hire.monthlyTalksAfter, customaryDaysOff };
}

/** The rule's plan for a hire, with the options its stored talks are reconciled against. */
export function hirePlan(hire: Hire, customaryDaysOff: boolean): FollowUpPlan {
  return planFollowUps(hire.startDate, hire.probationMonths, planOptions(hire, customaryDaysOff));
}

function isWorthKeeping(talk: Talk): boolean {
  return (
    talk.movedByHand || talk.status !== 'planned' || talk.notes.trim() !== '' || talk.time !== null
  );
}

/**
 * Brings a hire's stored talks in line with the rule after the start date, probation,
 * cadence or days off changed. Talks not touched by hand follow the rule; talks moved
 * by hand or already held keep their date, and the computed date is updated beside it.
 * Deterministic: the same hire and talks give the same records (ids too) on every device,
 * so two devices that replan a shared hire write the same plan.
 */
export function reconcileTalks(
  hire: Hire,
  existing: readonly Talk[],
  customaryDaysOff: boolean,
): TalkReconciliation {
  const plan = hirePlan(hire, customaryDaysOff);
  const byKey = new Map(existing.map((talk) => [talk.key, talk]));
  const put: Talk[] = [];
  const keptByHand: Talk[] = [];

  for (const planned of plan.talks) {
    const current = byKey.get(planned.key);
    byKey.delete(planned.key);
    if (!current) {
      put.push({
        id: talkId(hire.id, planned.key),
        hireId: hire.id,
        key: planned.key,
        computedDate: planned.date,
        date: planned.date,
        movedByHand: false,
        time: null,
        status: 'planned',
        notes: '',
      });
      continue;
    }
    if (current.computedDate === planned.date) continue;
    const keepDate = current.movedByHand || current.status === 'held';
    if (keepDate) keptByHand.push(current);
    put.push({
      ...current,
      computedDate: planned.date,
      date: keepDate ? current.date : planned.date,
    });
  }

  const remove: string[] = [];
  for (const leftover of byKey.values()) {
    if (!isWorthKeeping(leftover)) remove.push(leftover.id);
  }
  return { put, remove, keptByHand };
}

/** Who takes part in a stored talk, from its key (the relational mid-probation talk is with colleagues). */
export function talkParticipants(key: string): Participants {
  return key === 'week-before-midpoint' ? 'colleagues' : 'manager';
}

/** The kind of talk a key names, for its title and suggested agenda. */
export type TalkKind =
  'after-14-days' | 'week-before-midpoint' | 'three-weeks-before-end' | 'biweekly' | 'monthly';

export function talkKind(key: string): { kind: TalkKind; number: number | null } {
  const numbered = /^(biweekly|monthly)-(\d+)$/.exec(key);
  if (numbered) return { kind: numbered[1] as 'biweekly' | 'monthly', number: Number(numbered[2]) };
  return { kind: key as TalkKind, number: null };
}
